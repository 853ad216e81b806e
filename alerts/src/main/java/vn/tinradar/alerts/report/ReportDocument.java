package vn.tinradar.alerts.report;

import vn.tinradar.alerts.Html;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.text.VnTime;

/**
 * The report as staff read it, in Vietnamese: an HTML page with its charts, a plain-text summary, an e-mail
 * (charts inline by cid) and an archived copy on disk ({@code bao-cao.html} and the PNGs) for the dashboard.
 */
public final class ReportDocument {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final WeeklyReport report;
    private final Map<String, byte[]> charts;

    public ReportDocument(WeeklyReport report) {
        this.report = report;
        this.charts = report.empty() ? Map.of() : ReportCharts.draw(report);
    }

    public String title() {
        return "Báo cáo tổng hợp thông tin từ " + VnTime.DATE.format(report.from()) + " đến "
                + VnTime.DATE.format(report.to().minusDays(1));
    }

    public Map<String, byte[]> charts() {
        return charts;
    }

    /** The page; {@code cid} true makes image links point into the e-mail, false at files beside the page. */
    public String html(boolean cid) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.escape(title())).append("</title></head><body style=\"font-family:Arial,sans-serif;"
                        + "font-size:15px;line-height:1.45;max-width:720px\">");
        sb.append("<h1 style=\"font-size:21px\">").append(Html.escape(title())).append("</h1>");
        if (report.empty()) {
            return sb.append("<p>").append(Html.escape(noData())).append("</p></body></html>").toString();
        }
        sb.append("<p>").append(Html.escape(headline())).append("</p>");
        for (String name : charts.keySet()) {
            sb.append("<p><img style=\"max-width:100%;height:auto\" alt=\"").append(Html.escape(name)).append("\" src=\"")
                    .append(cid ? "cid:" + name : name).append("\"></p>");
        }
        table(sb, "Theo nguồn", report.bySource());
        table(sb, "Theo loại nguồn", report.byTier());
        table(sb, "Theo chủ đề", report.byTopic());
        table(sb, "Theo địa bàn", report.byPlace());
        sb.append("<h2 style=\"font-size:17px\">Câu chuyện nổi bật</h2><ol>");
        for (WeeklyReport.TopStory s : report.topStories()) {
            sb.append("<li>").append(Html.escape(s.title())).append(" — ").append(s.articles()).append(" bài, ")
                    .append(s.sources()).append(" nguồn</li>");
        }
        sb.append("</ol><h2 style=\"font-size:17px\">Cảnh báo</h2><p>").append(Html.escape(alertsLine())).append("</p>");
        sb.append("<h2 style=\"font-size:17px\">Tin nghi vấn</h2><p>").append(report.suspiciousCount())
                .append(" bài có điểm nghi vấn từ 0,5 trở lên.</p><ul>");
        for (WeeklyReport.SuspiciousItem item : report.suspicious()) {
            ArticleRef a = item.article();
            sb.append("<li>").append(a.url() == null ? Html.escape(a.title())
                    : "<a href=\"" + Html.escape(a.url()) + "\">" + Html.escape(a.title()) + "</a>")
                    .append(a.source() == null ? "" : " — " + Html.escape(a.source()))
                    .append(" · điểm nghi vấn ").append(String.format(VI, "%.2f", item.score()))
                    .append(" · ").append(Html.escape(item.outcome())).append("</li>");
        }
        sb.append("</ul><h2 style=\"font-size:17px\">Dự thảo chính sách lấy ý kiến</h2><p>")
                .append(Html.escape(policyLine())).append("</p></body></html>");
        return sb.toString();
    }

    public String text() {
        if (report.empty()) {
            return title() + "\n\n" + noData() + "\n";
        }
        StringBuilder sb = new StringBuilder(title()).append("\n\n").append(headline()).append("\n\n");
        sb.append("Nguồn nhiều bài nhất: ");
        report.bySource().entrySet().stream().limit(5)
                .forEach(e -> sb.append(e.getKey()).append(" (").append(e.getValue()).append("); "));
        sb.append("\n").append(alertsLine()).append("\nTin nghi vấn: ").append(report.suspiciousCount())
                .append(" bài.\n").append(policyLine()).append("\n");
        return sb.toString();
    }

    /** The report as an e-mail: plain text and HTML with the charts inline. */
    public MimeMessage email(Session session, String from, List<String> to) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from, true));
        for (String r : to) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(r, true));
        }
        m.setSubject("[TinRadar] " + title(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(text(), StandardCharsets.UTF_8.name(), "plain");
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(true), StandardCharsets.UTF_8.name(), "html");
        related.addBodyPart(html);
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            MimeBodyPart png = new MimeBodyPart();
            png.setDataHandler(new DataHandler(new ByteArrayDataSource(c.getValue(), "image/png")));
            png.setContentID("<" + c.getKey() + ">");
            png.setDisposition(Part.INLINE);
            png.setFileName(c.getKey());
            related.addBodyPart(png);
        }
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(relatedPart);
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }

    /** Writes {@code bao-cao.html} and the charts into {@code dir}; returns the page. */
    public Path archive(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            Files.write(dir.resolve(c.getKey()), c.getValue());
        }
        Path page = dir.resolve("bao-cao.html");
        Files.writeString(page, html(false), StandardCharsets.UTF_8);
        return page;
    }

    private String noData() {
        return "Không có dữ liệu trong kỳ này: không thu thập được bài viết nào và không có cảnh báo.";
    }

    private String headline() {
        long t = report.total();
        long p = report.previousTotal();
        String change = p == 0 ? "kỳ trước không có bài" : (t >= p ? "tăng " : "giảm ")
                + String.format(VI, "%.0f%%", Math.abs(t - p) * 100.0 / p) + " so với kỳ trước (" + p + " bài)";
        return "Tổng số " + t + " bài, " + change + ". Tích cực " + pct(report.positive(), t) + " (kỳ trước "
                + pct(report.previousPositive(), p) + "), tiêu cực " + pct(report.negative(), t) + " (kỳ trước "
                + pct(report.previousNegative(), p) + ").";
    }

    private String alertsLine() {
        Duration median = report.medianTimeToAck();
        return report.alertsRaised() + " cảnh báo mới, " + report.alertsAcknowledged() + " đã được tiếp nhận"
                + (median == null ? "." : "; thời gian tiếp nhận trung vị " + minutes(median) + ".");
    }

    private String policyLine() {
        return report.policyArticles() == 0 ? "Không có bài về dự thảo chính sách đang lấy ý kiến."
                : report.policyArticles() + " bài về dự thảo chính sách đang lấy ý kiến, trong đó "
                + report.policyNegative() + " bài tiêu cực (" + pct(report.policyNegative(), report.policyArticles())
                + ").";
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m < 60 ? m + " phút" : (m / 60) + " giờ " + (m % 60) + " phút";
    }

    private static String pct(long part, long whole) {
        return String.format(VI, "%.0f%%", WeeklyReport.share(part, whole) * 100);
    }

    private static void table(StringBuilder sb, String title, Map<String, Long> counts) {
        sb.append("<h2 style=\"font-size:17px\">").append(Html.escape(title)).append("</h2>")
                .append("<table style=\"border-collapse:collapse\">");
        counts.forEach((k, v) -> sb.append("<tr><td style=\"padding:2px 12px 2px 0\">").append(Html.escape(k))
                .append("</td><td style=\"text-align:right\">").append(v).append("</td></tr>"));
        sb.append("</table>");
    }

}
