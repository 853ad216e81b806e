package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.report.docx.DocumentIssuer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentChange;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * The annual report (issue 14, NĐ 30/2020 layout) lists the year's crisis incidents with their responses, outcome
 * and lessons, and the draft policies consulted on during the year, in the page, the text and the Word document.
 */
class ReportIncidentsTest {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);
    private static final Province LAO_CAI = Provinces.byName("Lào Cai");
    private static final Instant MADE = Instant.parse("2026-12-31T10:00:00Z");

    @Test
    void theYearsIncidentsAreRowsWithTheirResponsesOutcomeAndLessons() {
        ReportDocument doc = annual(List.of(damRumour(), landslideStillOpen(), lastYearsFlood()));

        Element table = Jsoup.parse(doc.html()).selectFirst("h2:contains(Sự cố truyền thông) + table");
        assertThat(table).isNotNull();
        assertThat(table.select("tr")).hasSize(3);
        assertThat(table.select("tr").get(1).text()).contains("Tin giả vỡ đập thủy điện ở khu vực Bát Xát")
                .contains("19/11/2026").contains("21/11/2026").contains("UBND tỉnh Lào Cai (Cổng thông tin điện tử tỉnh")
                .contains("Tin giả bị gỡ sau 26 giờ").contains("Cải chính sớm hơn trên mạng xã hội");
        assertThat(table.select("tr").get(2).text()).contains("Sạt lở đồi sau thôn Séo Phìn").contains("đang xử lý")
                .contains("Chưa có phản hồi chính thức");
        assertThat(doc.html()).doesNotContain("Lũ quét năm trước");
        assertThat(doc.text()).contains("- Tin giả vỡ đập thủy điện ở khu vực Bát Xát (mở 19/11/2026, đóng: 21/11/2026)");
    }

    @Test
    void theWordDocumentHasTheIncidentsAndTheYearsPolicies() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(annual(List.of(damRumour())).docx()));
             XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            String text = words.getText();

            assertThat(text).contains("SỰ CỐ TRUYỀN THÔNG").contains("Tin giả vỡ đập thủy điện ở khu vực Bát Xát")
                    .contains("Cải chính sớm hơn trên mạng xã hội")
                    .contains("DỰ THẢO CHÍNH SÁCH ĐANG LẤY Ý KIẾN")
                    .contains("Dự thảo Nghị quyết hỗ trợ di dời hộ dân vùng sạt lở");
        }
    }

    @Test
    void aYearWithoutIncidentsSaysSo() {
        assertThat(Jsoup.parse(annual(List.of()).html()).selectFirst("h2:contains(Sự cố truyền thông) + p").text())
                .isEqualTo("Không có sự cố truyền thông nào được mở hoặc đang xử lý trong kỳ.");
    }

    private static ReportDocument annual(List<Incident> incidents) {
        AlertsConfig.Policy resettlement = new AlertsConfig.Policy("nq-di-doi",
                "Dự thảo Nghị quyết hỗ trợ di dời hộ dân vùng sạt lở", List.of("di dời", "sạt lở"),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 15));
        WeeklyReport year = new ReportBuilder(Map.of("thien-tai", "Thiên tai"), List.of(resettlement))
                .build(YEAR, YEAR.plusYears(1), List.of(article()), List.of());
        return new ReportDocument(year, LAO_CAI, List.of(), incidents, MADE,
                DocumentIssuer.of(AlertsConfig.defaults().report().issuer(), LAO_CAI), LocalDate.of(2026, 12, 31));
    }

    private static ScoredArticle article() {
        OffsetDateTime published = OffsetDateTime.of(2026, 6, 10, 9, 30, 0, 0, VN);
        Article a = new Article(1, "di-doi-1", "https://baolaocai.vn/di-doi-1.html", "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, "Lấy ý kiến dự thảo hỗ trợ di dời hộ dân vùng sạt lở", null,
                "Sở Nông nghiệp và Môi trường lấy ý kiến về việc di dời hộ dân vùng sạt lở.", null, null, null, "vi",
                published, null, "page", null, "h1", null, true);
        return new ScoredArticle(1, a, true, List.of(new PlaceTag("02728", "Xã Mường Hum", "commune", "Mường Hum")),
                List.of(new TopicScore("thien-tai", 0.9, List.of())), new Sentiment("neutral", 0, List.of()),
                new Suspicion(0.1, List.of()), "story-1", null, null);
    }

    private static Incident damRumour() {
        Instant opened = at("2026-11-19T15:30");
        IncidentResponse portal = new IncidentResponse("r1", "UBND tỉnh Lào Cai", "Chánh Văn phòng UBND tỉnh",
                at("2026-11-19T20:00"), "Cổng thông tin điện tử tỉnh", "Thông tin đập sắp vỡ là sai sự thật.", null,
                "tran.thi.binh", at("2026-11-19T20:10"));
        return new Incident(Incident.VERSION, "inc-dam", "Tin giả vỡ đập thủy điện ở khu vực Bát Xát", "story", "s-dam",
                "tran.thi.binh", opened, Incident.OPEN, List.of("s-dam"), List.of(), List.of(portal), List.of(),
                List.of(), null, null, null, null, List.of(new IncidentChange("tran.thi.binh", opened, "open", "")))
                .closed("Tin giả bị gỡ sau 26 giờ; không còn trang nào đăng lại.",
                        "Cải chính sớm hơn trên mạng xã hội của tỉnh.", "tran.thi.binh", at("2026-11-21T09:00"));
    }

    private static Incident landslideStillOpen() {
        Instant opened = at("2026-12-02T08:00");
        return new Incident(Incident.VERSION, "inc-seo-phin", "Sạt lở đồi sau thôn Séo Phìn", "alert", "topic-burst-9",
                "le.van.cuong", opened, Incident.OPEN, List.of("s-seo-phin"), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, List.of(new IncidentChange("le.van.cuong", opened, "open", "")));
    }

    private static Incident lastYearsFlood() {
        Instant opened = at("2025-08-05T07:00");
        return new Incident(Incident.VERSION, "inc-lu", "Lũ quét năm trước", "story", "s-lu", "le.van.cuong", opened,
                Incident.OPEN, List.of("s-lu"), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                List.of()).closed("Đã khắc phục.", "Cảnh báo sớm hơn.", "le.van.cuong", at("2025-08-20T07:00"));
    }

    private static Instant at(String vietnamLocal) {
        return OffsetDateTime.parse(vietnamLocal + "+07:00").toInstant();
    }
}
