package vn.tinradar.alerts.report;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.alerts.render.Templates;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.text.VnTime;

/**
 * The report in Vietnamese words: one XHTML page (well-formed, so the PDF renderer reads it too) and a plain-text
 * version for mail clients that show no HTML, from the templates {@code report.html} and {@code report.txt}. The
 * same body serves the e-mail (charts by cid), the archived page (charts beside it) and the PDF (charts embedded as
 * data).
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
            "source-health", "Nguồn tin gặp sự cố",
            "article-changed", "Bài bị sửa hoặc gỡ sau khi đăng");

    private final WeeklyReport r;
    private final Map<String, byte[]> charts;
    private final Province province;

    private final List<ReportView.ResponseRow> responses;
    private final List<ReportView.IncidentRow> incidents;

    ReportPage(WeeklyReport report, Map<String, byte[]> charts, Province province,
               List<ReportView.ResponseRow> responses, List<ReportView.IncidentRow> incidents) {
        this.r = report;
        this.charts = charts;
        this.province = province;
        this.responses = List.copyOf(responses);
        this.incidents = List.copyOf(incidents);
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
        ComparedPeriod compared = ComparedPeriod.before(r.from(), r.to());
        return VnTime.DATE.format(compared.from()) + " – " + VnTime.DATE.format(compared.last());
    }

    String noData() {
        return "Không có dữ liệu trong kỳ này: không thu thập được bài viết nào và không có cảnh báo nào được đưa ra.";
    }

    String html(Images images) {
        return Templates.render("report.html", view(images));
    }

    String text() {
        return Templates.render("report.txt", view(Images.FILES));
    }

    ReportView view(Images images) {
        if (r.empty()) {
            return new ReportView(title(), previousPeriod(), images == Images.EMBEDDED, noData(), List.of(), null,
                    null, null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, null,
                    List.of(), List.of(), List.of(), responses, incidents, null);
        }
        WeeklyReport.AlertTally now = r.current().alerts();
        WeeklyReport.AlertTally before = r.previous().alerts();
        java.util.TreeSet<String> rules = new java.util.TreeSet<>(now.byRule().keySet());
        rules.addAll(before.byRule().keySet());
        return new ReportView(title(), previousPeriod(), images == Images.EMBEDDED, null, highlights(),
                chart(ReportCharts.VOLUME, "Số bài theo ngày", images), toneLine(),
                chart(ReportCharts.TONE, "Tỷ lệ tích cực, tiêu cực", images),
                chart(ReportCharts.NEGATIVE_TREND, "Tỷ lệ bài tiêu cực theo ngày", images),
                rows(r.bySource()), rows(r.byTier()), rows(r.byTopic()),
                chart(ReportCharts.TOPICS, "Số bài theo chủ đề", images), rows(r.byPlace()), r.topStories(),
                alertsLine(now), tally(now), tally(before),
                rules.stream().map(rule -> new ReportView.RuleRow(RULES.getOrDefault(rule, rule),
                        now.byRule().getOrDefault(rule, 0L), before.byRule().getOrDefault(rule, 0L))).toList(),
                r.suspicious().stream().map(i -> new ReportView.Suspicious(link(i.article()),
                        String.format(VI, "%.2f", i.score()), i.articles(), i.outcome())).toList(),
                r.policies().stream().map(p -> new ReportView.Policy(p.name(), VnTime.DATE.format(p.consultationFrom()),
                        VnTime.DATE.format(p.consultationTo()), policyLine(p),
                        p.latest().stream().map(ReportPage::link).toList(), p.alerts())).toList(), responses,
                incidents, outlook(r.outlook()));
    }

    /** "Dự báo tuần tới": the figures with what they are, or why there are none. */
    static ReportView.Outlook outlook(WeeklyReport.Outlook o) {
        String days = VnTime.DATE.format(o.from()) + " – " + VnTime.DATE.format(o.to());
        if (!o.enoughHistory()) {
            return new ReportView.Outlook("Chưa đủ lịch sử để dự báo số bài " + days + ": mới có " + o.historyDays()
                    + " ngày số liệu, cần ít nhất " + o.minHistoryDays() + " ngày.", List.of());
        }
        List<ReportView.OutlookRow> rows = new java.util.ArrayList<>();
        o.topics().forEach(t -> rows.add(outlookRow("Chủ đề", t)));
        o.places().forEach(p -> rows.add(outlookRow("Địa bàn", p)));
        return new ReportView.Outlook("Số bài dự kiến trong 3 ngày sau kỳ báo cáo (" + days + ") của các chủ đề và "
                + "địa bàn nhiều bài nhất, kèm khoảng mà số bài thực tế rơi vào khoảng 8 lần trên 10. Mô hình theo thứ "
                + "trong tuần, tính từ số bài mỗi ngày của " + o.historyDays() + " ngày qua; không lường trước được "
                + "sự việc đột xuất.", rows);
    }

    private static ReportView.OutlookRow outlookRow(String kind, WeeklyReport.OutlookRow row) {
        return new ReportView.OutlookRow(kind, row.name(), Math.round(row.expected()), row.low() + "–" + row.high());
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

    private static String policyLine(WeeklyReport.PolicyCoverage p) {
        if (p.articles() == 0) {
            return "Không có bài nào nhắc đến trong kỳ (kỳ trước: " + p.previousArticles() + " bài).";
        }
        return p.articles() + " bài trên " + p.sources() + " nguồn (kỳ trước " + p.previousArticles() + "); tích cực "
                + p.positive() + ", tiêu cực " + p.negative() + " (" + pct(WeeklyReport.share(p.negative(), p.articles()))
                + "); bài gần nhất " + VnTime.dateTime(p.lastArticle()) + ".";
    }

    private static ReportView.ArticleLink link(ArticleRef a) {
        return new ReportView.ArticleLink(a.title() == null ? "Bài " + a.id() : a.title(),
                a.linkableUrl(), a.source(),
                a.published() == null ? null : VnTime.dateTime(a.published().toInstant()));
    }

    private static List<ReportView.Row> rows(List<WeeklyReport.Row> rows) {
        return rows.stream().map(ReportView.Row::of).toList();
    }

    private static ReportView.Tally tally(WeeklyReport.AlertTally a) {
        return new ReportView.Tally(a.raised(), a.acknowledged(),
                a.medianTimeToAck() == null ? null : duration(a.medianTimeToAck()));
    }

    private ReportView.Chart chart(String name, String alt, Images images) {
        byte[] png = charts.get(name);
        if (png == null) {
            return null;
        }
        String src = switch (images) {
            case CID -> "cid:" + name;
            case FILES -> name;
            case EMBEDDED -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        };
        return new ReportView.Chart(src, alt);
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
