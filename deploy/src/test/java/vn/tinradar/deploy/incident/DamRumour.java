package vn.tinradar.deploy.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.IncidentChange;
import vn.tinradar.common.event.IncidentHandover;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.IncidentTask;
import vn.tinradar.common.event.OfficialResponse;
import vn.tinradar.common.event.ResponseRequest;

/**
 * An incident as it stands on the second evening of a rumour that a hydropower dam in Bát Xát is about to burst:
 * three pages repeat it before the province's portal denies it at 20:00, one more after, then only the press
 * reporting the denial.
 */
final class DamRumour {

    static final String CLAIM = "Đập thủy điện ở Bát Xát nứt toác, sắp vỡ trong đêm nay";
    static final Instant RESPONSE_AT = at("2026-11-19T20:00");

    private DamRumour() {
    }

    static Incident incident() {
        return incident("inc-dam");
    }

    /** The same incident under another id, for tests that share one topic and must not see each other's records. */
    static Incident incident(String id) {
        List<IncidentArticle> articles = List.of(
                article("a1", "Khẩn cấp: đập thủy điện Bát Xát nứt toác, dân bỏ chạy trong đêm", "Trang nhipsongviet",
                        "2026-11-19T09:10", "negative", -0.8, true),
                article("a2", "Clip đập thủy điện ở Bát Xát sắp vỡ lan truyền chóng mặt", "Trang baonhanh",
                        "2026-11-19T11:40", "negative", -0.7, true),
                article("a3", "Người dân hoang mang trước tin đập thủy điện Bát Xát sắp vỡ", "Trang taybacxanh",
                        "2026-11-19T15:05", "negative", -0.6, true),
                article("a4", "Thông tin đập thủy điện ở khu vực Bát Xát \"nứt toác, sắp vỡ\" là sai sự thật",
                        "Cổng TTĐT tỉnh Lào Cai", "2026-11-19T20:05", "neutral", 0.0, false),
                article("a5", "Bác bỏ tin đồn vỡ đập thủy điện gây hoang mang ở khu vực Bát Xát", "Báo Lào Cai",
                        "2026-11-19T21:30", "neutral", 0.1, false),
                article("a6", "Vẫn chia sẻ clip đập Bát Xát sắp vỡ dù đã có cải chính", "Trang diendanlaocai",
                        "2026-11-20T07:15", "negative", -0.5, true));
        IncidentResponse response = new IncidentResponse("r1", "UBND tỉnh Lào Cai", "Chánh Văn phòng UBND tỉnh",
                RESPONSE_AT, "Cổng thông tin điện tử tỉnh", "Đập vận hành an toàn; thông tin đập sắp vỡ là sai sự thật.",
                "https://laocai.gov.vn/tin-dap-bat-xat-sai-su-that", "tran.thi.binh", at("2026-11-19T20:10"));
        IncidentTask task = new IncidentTask("t1", "Đề nghị Công an tỉnh xác minh các trang đăng tin vỡ đập",
                "le.van.cuong", at("2026-11-20T17:00"), false, null, null, "tran.thi.binh", at("2026-11-19T16:00"));
        IncidentHandover handover = new IncidentHandover("tran.thi.binh", at("2026-11-19T22:00"),
                "Cổng tỉnh đã cải chính; ca đêm theo dõi các trang còn chia sẻ clip.");
        return new Incident(Incident.VERSION, id, "Tin giả vỡ đập thủy điện ở khu vực Bát Xát", "story",
                "s-dam", "tran.thi.binh", at("2026-11-19T15:30"), Incident.OPEN, List.of("s-dam"), articles,
                List.of(response), List.of(task), List.of(handover), null, null, null, null,
                List.of(new IncidentChange("tran.thi.binh", at("2026-11-19T15:30"), "open", "mở từ sự kiện s-dam")));
    }

    /**
     * The requests for an official response made from the rumour's alert: the Sở Công Thương (dam safety) was
     * reminded and answered by press release; the Công an tỉnh has not answered yet.
     */
    static List<ResponseRequest> requests() {
        ResponseRequest dam = new ResponseRequest(ResponseRequest.VERSION, "rq-dam-sct", "al-dam", "s-dam",
                "Tin đập thủy điện Bát Xát sắp vỡ lan trên 3 trang", "ag-sct", "Sở Công Thương tỉnh Lào Cai",
                at("2026-11-19T19:00"), "Đề nghị xác nhận tình trạng an toàn của đập.", "tran.thi.binh",
                at("2026-11-19T15:40"), List.of("phatngon@soct.laocai.example"), at("2026-11-19T17:20"),
                new OfficialResponse(at("2026-11-19T18:30"), "thông cáo báo chí",
                        "Đập vận hành bình thường, không có vết nứt.", null, "sp-1", "Hoàng Văn Dũng", "tran.thi.binh",
                        at("2026-11-19T18:45")), null);
        ResponseRequest police = new ResponseRequest(ResponseRequest.VERSION, "rq-dam-ca", "al-dam", "s-dam",
                "Tin đập thủy điện Bát Xát sắp vỡ lan trên 3 trang", "ag-ca", "Công an tỉnh Lào Cai",
                at("2026-11-20T17:00"), "", "tran.thi.binh", at("2026-11-19T16:10"), List.of(), null, null, null);
        return List.of(dam, police);
    }

    static Instant at(String vietnamLocal) {
        return OffsetDateTime.parse(vietnamLocal + "+07:00").toInstant();
    }

    private static IncidentArticle article(String id, String title, String source, String published, String tone,
                                           double score, boolean repeatsClaim) {
        return new IncidentArticle(id, title, "https://example.vn/" + id, source, at(published), "s-dam", tone, score,
                repeatsClaim ? List.of(CLAIM) : List.of(), at(published).plusSeconds(60));
    }
}
