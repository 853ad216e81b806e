package vn.tinradar.deploy.incident;

import java.io.IOException;
import java.util.Base64;
import vn.tinradar.alerts.report.ReportPdf;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.IncidentTask;
import vn.tinradar.common.text.VnTime;

/**
 * The incident report as an A4 PDF, laid out by the weekly report's renderer ({@link ReportPdf}: openhtmltopdf,
 * the bundled DejaVu Sans embedded): heading, responses, their effect, tasks, hand-overs, timeline, closing.
 */
public final class IncidentPdf {

    private IncidentPdf() {
    }

    public static byte[] render(IncidentReport report) throws IOException {
        return ReportPdf.render(xhtml(report));
    }

    static String xhtml(IncidentReport r) {
        Incident i = r.incident();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"/><title>").append(esc(i.title()))
                .append("</title><style>")
                .append("body{font-family:'DejaVu Sans';font-size:10pt;color:#222}h1{font-size:15pt}")
                .append("h2{font-size:12pt;margin-top:14pt;border-bottom:1px solid #999}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:3pt;")
                .append("vertical-align:top;text-align:left}th{background:#eee}.muted{color:#666}")
                .append("img{width:100%}</style></head><body>");
        h.append("<h1>Báo cáo sự cố: ").append(esc(i.title())).append("</h1>");
        h.append("<p>Mở lúc ").append(time(i.openedAt())).append(" bởi ").append(esc(i.openedBy()))
                .append(" (từ ").append("alert".equals(i.openedFrom()) ? "cảnh báo " : "sự kiện ")
                .append(esc(i.openedFromId())).append("). Trạng thái: ").append(IncidentReport.statusName(i));
        if (!i.open()) {
            h.append(", đóng lúc ").append(time(i.closedAt())).append(" bởi ").append(esc(i.closedBy()));
        }
        h.append(". Số bài thu thập: ").append(i.articles().size()).append(".</p>");

        h.append("<h2>Phản hồi chính thức</h2>");
        if (i.responses().isEmpty()) {
            h.append("<p class=\"muted\">Chưa có phản hồi chính thức.</p>");
        } else {
            h.append("<table><tr><th>Thời gian</th><th>Cơ quan</th><th>Người phát ngôn</th><th>Kênh</th>")
                    .append("<th>Nội dung</th></tr>");
            for (IncidentResponse resp : i.responses()) {
                h.append("<tr><td>").append(time(resp.at())).append("</td><td>").append(esc(resp.agency()))
                        .append("</td><td>").append(esc(resp.spokesperson())).append("</td><td>")
                        .append(esc(resp.channel())).append("</td><td>").append(esc(resp.text()));
                if (resp.link() != null) {
                    h.append(" <span class=\"muted\">").append(esc(resp.link())).append("</span>");
                }
                h.append("</td></tr>");
            }
            h.append("</table>");
        }

        h.append("<h2>Đề nghị phản hồi chính thức</h2>");
        if (r.requests().isEmpty()) {
            h.append("<p class=\"muted\">Chưa có đề nghị phản hồi nào từ các cảnh báo của sự cố.</p>");
        } else {
            h.append("<table><tr>");
            IncidentRequests.HEADERS.forEach(c -> h.append("<th>").append(c).append("</th>"));
            h.append("</tr>");
            for (var q : r.requests()) {
                h.append("<tr>");
                IncidentRequests.row(q, r.madeAt()).forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>");
            }
            h.append("</table>");
        }

        h.append("<h2>Diễn biến đưa tin trước và sau phản hồi</h2>");
        r.coverageChart().ifPresent(png -> h.append(img(png)));
        r.toneChart().ifPresent(png -> h.append(img(png)));
        for (ResponseEffect e : r.effects()) {
            h.append("<p><b>").append(esc(e.responseId())).append(" — ").append(esc(e.agency())).append(" (")
                    .append(time(e.at())).append(")</b>: ").append(effectLine(e)).append("</p>");
            if (!e.claims().isEmpty()) {
                h.append("<table><tr><th>Tin sai đã kiểm chứng</th><th>Bài lặp lại trước</th><th>Sau</th>")
                        .append("<th>Kết quả</th></tr>");
                for (ResponseEffect.ClaimSpread c : e.claims()) {
                    h.append("<tr><td>").append(esc(c.claim())).append("</td><td>").append(c.before())
                            .append("</td><td>").append(c.after()).append("</td><td>").append(spreadWord(c))
                            .append("</td></tr>");
                }
                h.append("</table>");
            }
        }

        h.append("<h2>Nhiệm vụ</h2>");
        if (i.tasks().isEmpty()) {
            h.append("<p class=\"muted\">Không có nhiệm vụ.</p>");
        } else {
            h.append("<table><tr><th>Nhiệm vụ</th><th>Người thực hiện</th><th>Hạn</th><th>Tình trạng</th></tr>");
            for (IncidentTask t : i.tasks()) {
                h.append("<tr><td>").append(esc(t.text())).append("</td><td>").append(esc(t.owner()))
                        .append("</td><td>").append(time(t.deadline())).append("</td><td>")
                        .append(taskState(t)).append("</td></tr>");
            }
            h.append("</table>");
        }

        h.append("<h2>Nhật ký bàn giao ca</h2>");
        if (i.handovers().isEmpty()) {
            h.append("<p class=\"muted\">Chưa có bàn giao.</p>");
        }
        i.handovers().forEach(ho -> h.append("<p>").append(time(ho.at())).append(" — ").append(esc(ho.by()))
                .append(": ").append(esc(ho.text())).append("</p>"));

        h.append("<h2>Dòng thời gian</h2><table><tr><th>Thời gian</th><th>Loại</th><th>Nội dung</th></tr>");
        for (TimelineEntry e : r.timeline()) {
            h.append("<tr><td>").append(time(e.at())).append("</td><td>").append(IncidentReport.kindName(e.kind()))
                    .append("</td><td>").append(esc(e.title()));
            String meta = meta(e);
            if (!meta.isEmpty()) {
                h.append(" <span class=\"muted\">(").append(esc(meta)).append(")</span>");
            }
            if (e.detail() != null && !e.detail().isBlank()) {
                h.append("<br/>").append(esc(e.detail()));
            }
            h.append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>Tổng kết và bài học kinh nghiệm</h2>");
        h.append("<p><b>Tổng kết:</b> ").append(i.summary() == null ? "<span class=\"muted\">(sự cố chưa đóng)</span>"
                : esc(i.summary())).append("</p>");
        h.append("<p><b>Bài học:</b> ").append(i.lessons() == null ? "<span class=\"muted\">(sự cố chưa đóng)</span>"
                : esc(i.lessons())).append("</p>");
        h.append("<p class=\"muted\">Lập lúc ").append(time(r.madeAt())).append(" bởi TinRadar.</p>");
        h.append("</body></html>");
        return h.toString();
    }

    /** "24 giờ trước: 12 bài, 58.3% tiêu cực; sau: 3 bài, 0% tiêu cực". */
    static String effectLine(ResponseEffect e) {
        return "24 giờ trước: " + windowLine(e.before()) + "; sau: " + windowLine(e.after());
    }

    private static String windowLine(ResponseEffect.Window w) {
        return w.articles() + " bài" + (w.articles() == 0 ? "" : ", " + w.negativePercent() + "% tiêu cực");
    }

    static String spreadWord(ResponseEffect.ClaimSpread c) {
        return c.stopped() ? "Đã ngừng lan truyền" : "Vẫn lan truyền (bài cuối " + time(c.lastSeen()) + ")";
    }

    static String taskState(IncidentTask t) {
        return t.done() ? "Đã xong (" + t.doneBy() + ", " + time(t.doneAt()) + ")" : "Chưa xong";
    }

    static String meta(TimelineEntry e) {
        StringBuilder m = new StringBuilder();
        if (e.source() != null) {
            m.append(e.source());
        }
        if (e.tone() != null) {
            m.append(m.isEmpty() ? "" : ", ").append(IncidentReport.toneName(e.tone()));
        }
        if (e.by() != null) {
            m.append(m.isEmpty() ? "" : ", ").append(e.by());
        }
        return m.toString();
    }

    static String time(java.time.Instant t) {
        return t == null ? "" : VnTime.DATE_TIME.format(t);
    }

    private static String img(byte[] png) {
        return "<p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/></p>";
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
