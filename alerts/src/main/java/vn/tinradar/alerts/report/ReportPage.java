package vn.tinradar.alerts.report;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.alerts.render.Html;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.text.VnTime;

/**
 * The report in Vietnamese words: one XHTML page (well-formed, so the PDF renderer reads it too) and a plain-text
 * version for mail clients that show no HTML. The same body serves the e-mail (charts by cid), the archived page
 * (charts beside it) and the PDF (charts embedded as data).
 */
final class ReportPage {

    /** How the page points at its charts. */
    enum Images { CID, FILES, EMBEDDED }

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Map<String, String> RULES = Map.of(
            "topic-burst", "Chủ đề nóng tăng đột biến tại địa bàn",
            "story-spread", "Tin lan truyền trên nhiều nguồn",
            "negative-surge", "Tin tiêu cực tăng mạnh",
            "debunked-claim", "Tin đã cải chính lan truyền trở lại",
            "policy-negative", "Dư luận tiêu cực về dự thảo chính sách",
            "policy-silent", "Dự thảo chính sách vắng thông tin",
            "watch-list", "Danh sách theo dõi",
            "source-health", "Nguồn tin gặp sự cố");
    private static final String CSS = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:14px;line-height:1.45;"
            + "color:#1a1a1a;max-width:760px;margin:0 auto;padding:0 8px}"
            + "h1{font-size:21px;margin:12px 0 4px}h2{font-size:17px;margin:22px 0 6px;border-bottom:1px solid #ccc;"
            + "padding-bottom:2px}p{margin:6px 0}ul{margin:4px 0;padding-left:22px}"
            + "table{border-collapse:collapse;width:100%;margin:4px 0 8px}"
            + "th,td{border-bottom:1px solid #e0e0e0;padding:3px 6px;text-align:left;vertical-align:top}"
            + "th{background:#f2f5f8;font-weight:bold}td.n,th.n,td.s,th.s{text-align:right;white-space:nowrap}"
            + "td.s,th.s{text-align:left}"
            + ".muted{color:#666;font-size:12px}.up{color:#b71c1c}.down{color:#2e7d32}"
            + "img{width:100%;max-width:720px;height:auto;margin:6px 0}";
    private static final String PDF_CSS = "@page{size:A4;margin:16mm 14mm 16mm 14mm;"
            + "@bottom-right{content:'Trang ' counter(page) '/' counter(pages);font-family:'DejaVu Sans';"
            + "font-size:9px;color:#666}}body{max-width:none;font-size:11.5px;padding:0}h1{font-size:18px}"
            + "h2{font-size:14px;page-break-after:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid}"
            + "img{width:100%;max-width:none}";

    private final WeeklyReport r;
    private final Map<String, byte[]> charts;
    private final Province province;

    ReportPage(WeeklyReport report, Map<String, byte[]> charts, Province province) {
        this.r = report;
        this.charts = charts;
        this.province = province;
    }

    String title() {
        return title(province, r.from(), r.to());
    }

    /** "Báo cáo tổng hợp thông tin về tỉnh Ninh Bình từ 16/11/2026 đến 22/11/2026" for the period [from, to). */
    static String title(Province province, java.time.LocalDate from, java.time.LocalDate to) {
        return "Báo cáo tổng hợp thông tin về " + province.inSentence() + " từ " + VnTime.DATE.format(from) + " đến "
                + VnTime.DATE.format(to.minusDays(1));
    }

    private String previousPeriod() {
        return VnTime.DATE.format(r.from().minusDays(r.to().toEpochDay() - r.from().toEpochDay())) + " – "
                + VnTime.DATE.format(r.from().minusDays(1));
    }

    String noData() {
        return "Không có dữ liệu trong kỳ này: không thu thập được bài viết nào và không có cảnh báo nào được đưa ra.";
    }

    String html(Images images) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(Html.escape(title())).append("</title><style>").append(CSS)
                .append(images == Images.EMBEDDED ? PDF_CSS : "").append("</style></head><body>");
        sb.append("<h1>").append(Html.escape(title())).append("</h1>");
        sb.append("<p class=\"muted\">So sánh với kỳ trước (").append(previousPeriod())
                .append("). Tự động lập bởi TinRadar từ các bài báo, trang tin đã thu thập.</p>");
        if (r.empty()) {
            return sb.append("<p><b>").append(Html.escape(noData())).append("</b></p></body></html>").toString();
        }
        sb.append("<h2>Tóm tắt</h2><ul>");
        for (String line : highlights()) {
            sb.append("<li>").append(Html.escape(line)).append("</li>");
        }
        sb.append("</ul>");
        image(sb, ReportCharts.VOLUME, "Số bài theo ngày", images);

        sb.append("<h2>Sắc thái thông tin</h2><p>").append(Html.escape(toneLine())).append("</p>");
        image(sb, ReportCharts.TONE, "Tỷ lệ tích cực, tiêu cực", images);
        image(sb, ReportCharts.NEGATIVE_TREND, "Tỷ lệ bài tiêu cực theo ngày", images);

        table(sb, "Theo nguồn tin", "Nguồn", r.bySource());
        table(sb, "Theo loại nguồn", "Loại nguồn", r.byTier());
        table(sb, "Theo chủ đề", "Chủ đề", r.byTopic());
        image(sb, ReportCharts.TOPICS, "Số bài theo chủ đề", images);
        table(sb, "Theo địa bàn", "Địa bàn", r.byPlace());

        sb.append("<h2>Câu chuyện nổi bật</h2>");
        if (r.topStories().isEmpty()) {
            sb.append("<p>Không có câu chuyện nào được từ hai bài trở lên đưa tin trong kỳ.</p>");
        } else {
            sb.append("<table><tr><th>Câu chuyện</th><th class=\"n\">Bài</th><th class=\"n\">Nguồn</th>"
                    + "<th class=\"n\">Tiêu cực</th><th class=\"s\">Cảnh báo</th></tr>");
            for (WeeklyReport.TopStory s : r.topStories()) {
                sb.append("<tr><td>").append(Html.escape(s.title())).append("</td><td class=\"n\">").append(s.articles())
                        .append("</td><td class=\"n\">").append(s.sources()).append("</td><td class=\"n\">")
                        .append(s.negative()).append("</td><td class=\"s\">").append(Html.escape(s.outcome()))
                        .append("</td></tr>");
            }
            sb.append("</table>");
        }

        alerts(sb);
        suspicious(sb);
        policies(sb);
        return sb.append("</body></html>").toString();
    }

    private List<String> highlights() {
        WeeklyReport.Totals c = r.current();
        WeeklyReport.Totals p = r.previous();
        String suspicious = r.suspiciousArticles() == 0 ? "Không phát hiện tin nghi sai sự thật."
                : r.suspiciousArticles() + " bài có dấu hiệu nghi sai sự thật, thuộc " + r.suspicious().size()
                + (r.suspicious().size() >= 10 ? "+" : "") + " câu chuyện (xem mục Tin nghi vấn).";
        String policies = r.policies().isEmpty() ? "Không có dự thảo chính sách nào đang lấy ý kiến trong kỳ."
                : r.policies().size() + " dự thảo chính sách đang lấy ý kiến, "
                + r.policies().stream().mapToLong(WeeklyReport.PolicyCoverage::articles).sum() + " bài nhắc đến.";
        return List.of(
                "Tổng số " + c.articles() + " bài, " + change(c.articles(), p.articles()) + ".",
                toneLine(),
                alertsLine(c.alerts()) + " (kỳ trước " + p.alerts().raised() + " cảnh báo).",
                suspicious,
                policies);
    }

    /** "tăng 25% so với kỳ trước (8 bài)" */
    private static String change(long now, long before) {
        if (before == 0) {
            return now == 0 ? "kỳ trước cũng không có bài" : "kỳ trước không có bài";
        }
        if (now == before) {
            return "bằng kỳ trước";
        }
        return (now > before ? "tăng " : "giảm ") + String.format(VI, "%.0f%%", Math.abs(now - before) * 100.0 / before)
                + " so với kỳ trước (" + before + " bài)";
    }

    private String toneLine() {
        WeeklyReport.Totals c = r.current();
        WeeklyReport.Totals p = r.previous();
        return "Tích cực " + pct(c.positiveShare()) + " (kỳ trước " + pct(p.positiveShare()) + "), tiêu cực "
                + pct(c.negativeShare()) + " (kỳ trước " + pct(p.negativeShare()) + "): tỷ lệ tiêu cực "
                + points(c.negativeShare(), p.negativeShare()) + ".";
    }

    private static String points(double now, double before) {
        long diff = Math.round((now - before) * 100);
        return diff == 0 ? "không đổi" : (diff > 0 ? "tăng " : "giảm ") + Math.abs(diff) + " điểm phần trăm";
    }

    private static String alertsLine(WeeklyReport.AlertTally a) {
        if (a.raised() == 0) {
            return "Không có cảnh báo mới";
        }
        return a.raised() + " cảnh báo mới, " + a.acknowledged() + " đã được tiếp nhận, " + a.resolved()
                + " đã xử lý" + (a.medianTimeToAck() == null ? ""
                : "; thời gian tiếp nhận trung vị " + duration(a.medianTimeToAck()));
    }

    private void alerts(StringBuilder sb) {
        WeeklyReport.AlertTally c = r.current().alerts();
        WeeklyReport.AlertTally p = r.previous().alerts();
        sb.append("<h2>Cảnh báo</h2><p>").append(Html.escape(alertsLine(c))).append(".</p>");
        if (c.raised() + p.raised() == 0) {
            return;
        }
        sb.append("<table><tr><th>Loại cảnh báo</th><th class=\"n\">Kỳ này</th><th class=\"n\">Kỳ trước</th></tr>");
        java.util.TreeSet<String> rules = new java.util.TreeSet<>(c.byRule().keySet());
        rules.addAll(p.byRule().keySet());
        for (String rule : rules) {
            sb.append("<tr><td>").append(Html.escape(RULES.getOrDefault(rule, rule))).append("</td><td class=\"n\">")
                    .append(c.byRule().getOrDefault(rule, 0L)).append("</td><td class=\"n\">")
                    .append(p.byRule().getOrDefault(rule, 0L)).append("</td></tr>");
        }
        sb.append("<tr><th>Tổng</th><th class=\"n\">").append(c.raised()).append("</th><th class=\"n\">")
                .append(p.raised()).append("</th></tr></table>");
        sb.append("<p class=\"muted\">Tiếp nhận: kỳ này ").append(c.acknowledged()).append("/").append(c.raised())
                .append(c.medianTimeToAck() == null ? "" : ", trung vị " + duration(c.medianTimeToAck()))
                .append("; kỳ trước ").append(p.acknowledged()).append("/").append(p.raised())
                .append(p.medianTimeToAck() == null ? "" : ", trung vị " + duration(p.medianTimeToAck()))
                .append(".</p>");
    }

    private void suspicious(StringBuilder sb) {
        sb.append("<h2>Tin nghi vấn</h2>");
        if (r.suspicious().isEmpty()) {
            sb.append("<p>Không có bài nào có dấu hiệu nghi sai sự thật trong kỳ.</p>");
            return;
        }
        sb.append("<table><tr><th>Bài (nghi vấn cao nhất của câu chuyện)</th><th class=\"n\">Điểm</th>"
                + "<th class=\"n\">Bài</th><th class=\"s\">Kết quả xử lý</th></tr>");
        for (WeeklyReport.SuspiciousItem i : r.suspicious()) {
            sb.append("<tr><td>").append(link(i.article())).append("</td><td class=\"n\">")
                    .append(String.format(VI, "%.2f", i.score())).append("</td><td class=\"n\">").append(i.articles())
                    .append("</td><td class=\"s\">").append(Html.escape(i.outcome())).append("</td></tr>");
        }
        sb.append("</table>");
    }

    private void policies(StringBuilder sb) {
        sb.append("<h2>Dự thảo chính sách đang lấy ý kiến</h2>");
        if (r.policies().isEmpty()) {
            sb.append("<p>Không có dự thảo chính sách nào đang lấy ý kiến trong kỳ.</p>");
            return;
        }
        for (WeeklyReport.PolicyCoverage p : r.policies()) {
            sb.append("<p><b>").append(Html.escape(p.name())).append("</b> <span class=\"muted\">(lấy ý kiến ")
                    .append(VnTime.DATE.format(p.consultationFrom())).append(" – ")
                    .append(VnTime.DATE.format(p.consultationTo())).append(")</span><br/>")
                    .append(Html.escape(policyLine(p))).append("</p>");
            if (!p.latest().isEmpty()) {
                sb.append("<ul>");
                for (ArticleRef a : p.latest()) {
                    sb.append("<li>").append(link(a)).append("</li>");
                }
                sb.append("</ul>");
            }
            for (String alert : p.alerts()) {
                sb.append("<p class=\"muted\">Cảnh báo: ").append(Html.escape(alert)).append("</p>");
            }
        }
    }

    private static String policyLine(WeeklyReport.PolicyCoverage p) {
        if (p.articles() == 0) {
            return "Không có bài nào nhắc đến trong kỳ (kỳ trước: " + p.previousArticles() + " bài).";
        }
        return p.articles() + " bài trên " + p.sources() + " nguồn (kỳ trước " + p.previousArticles() + "); tích cực "
                + p.positive() + ", tiêu cực " + p.negative() + " (" + pct(WeeklyReport.share(p.negative(), p.articles()))
                + "); bài gần nhất " + VnTime.dateTime(p.lastArticle()) + ".";
    }

    private static String link(ArticleRef a) {
        String title = Html.escape(a.title() == null ? "Bài " + a.id() : a.title());
        String text = a.url() != null && a.url().matches("https?://\\S+")
                ? "<a href=\"" + Html.escape(a.url()) + "\">" + title + "</a>" : title;
        return text + (a.source() == null ? "" : " <span class=\"muted\">— " + Html.escape(a.source())
                + (a.published() == null ? "" : ", " + VnTime.dateTime(a.published().toInstant())) + "</span>");
    }

    private static void table(StringBuilder sb, String title, String what, List<WeeklyReport.Row> rows) {
        sb.append("<h2>").append(Html.escape(title)).append("</h2>");
        if (rows.isEmpty()) {
            sb.append("<p>Không có bài.</p>");
            return;
        }
        sb.append("<table><tr><th>").append(Html.escape(what)).append("</th><th class=\"n\">Kỳ này</th>"
                + "<th class=\"n\">Kỳ trước</th><th class=\"n\">Thay đổi</th></tr>");
        for (WeeklyReport.Row row : rows) {
            long diff = row.current() - row.previous();
            sb.append("<tr><td>").append(Html.escape(row.name())).append("</td><td class=\"n\">").append(row.current())
                    .append("</td><td class=\"n\">").append(row.previous()).append("</td><td class=\"n")
                    .append(diff > 0 ? " up" : diff < 0 ? " down" : "").append("\">")
                    .append(diff > 0 ? "+" + diff : diff < 0 ? "−" + (-diff) : "0").append("</td></tr>");
        }
        sb.append("</table>");
    }

    private void image(StringBuilder sb, String name, String alt, Images images) {
        byte[] png = charts.get(name);
        if (png == null) {
            return;
        }
        String src = switch (images) {
            case CID -> "cid:" + name;
            case FILES -> name;
            case EMBEDDED -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        };
        sb.append("<p><img src=\"").append(src).append("\" alt=\"").append(Html.escape(alt)).append("\"/></p>");
    }

    String text() {
        StringBuilder sb = new StringBuilder(title()).append("\nSo sánh với kỳ trước (").append(previousPeriod())
                .append(")\n\n");
        if (r.empty()) {
            return sb.append(noData()).append('\n').toString();
        }
        for (String line : highlights()) {
            sb.append("- ").append(line).append('\n');
        }
        textRows(sb, "Nguồn nhiều bài nhất", r.bySource());
        textRows(sb, "Chủ đề", r.byTopic());
        textRows(sb, "Địa bàn", r.byPlace());
        if (!r.topStories().isEmpty()) {
            sb.append("\nCâu chuyện nổi bật:\n");
            r.topStories().forEach(s -> sb.append("- ").append(s.title()).append(" (").append(s.articles())
                    .append(" bài, ").append(s.sources()).append(" nguồn; ").append(s.outcome()).append(")\n"));
        }
        if (!r.suspicious().isEmpty()) {
            sb.append("\nTin nghi vấn:\n");
            r.suspicious().forEach(i -> sb.append("- ").append(i.article().title()).append(" — ")
                    .append(i.outcome()).append('\n'));
        }
        if (!r.policies().isEmpty()) {
            sb.append("\nDự thảo chính sách đang lấy ý kiến:\n");
            r.policies().forEach(p -> sb.append("- ").append(p.name()).append(": ").append(policyLine(p)).append('\n'));
        }
        return sb.append("\nBản đầy đủ có biểu đồ: xem tệp PDF đính kèm.\n").toString();
    }

    private static void textRows(StringBuilder sb, String title, List<WeeklyReport.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(": ");
        rows.stream().limit(5).forEach(row -> sb.append(row.name()).append(" ").append(row.current())
                .append(" (kỳ trước ").append(row.previous()).append("); "));
        sb.setLength(sb.length() - 2);
        sb.append('\n');
    }

    private static String duration(Duration d) {
        long m = d.toMinutes();
        if (m < 60) {
            return m + " phút";
        }
        if (m < 24 * 60) {
            return (m / 60) + " giờ " + (m % 60) + " phút";
        }
        return (m / (24 * 60)) + " ngày " + (m % (24 * 60)) / 60 + " giờ";
    }

    private static String pct(double share) {
        return String.format(VI, "%.0f%%", share * 100);
    }
}
