package vn.tinradar.alerts.delivery;

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
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.tinradar.alerts.render.Html;
import vn.tinradar.alerts.view.Assignment;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VnTime;

/**
 * Writes an alert as an e-mail staff can read on a phone: Vietnamese subject, a plain-text part and an HTML
 * part (UTF-8), what and where, why (the signals and their evidence), the suggested action and the articles.
 * The Message-ID is derived from the alert and its severity, so a mail client also sees a repeat as one mail.
 */
public final class AlertEmail {

    static final String CHART_CID = "dien-bien@tinradar";

    private final String from;
    private final String baseUrl;

    public AlertEmail(String from, String baseUrl) {
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Why this mail goes out: a new alert, its severity rose, nobody acknowledged it in time, a reminder. */
    public enum Kind {
        FIRST(""), RAISED("(nâng mức) "), OVERDUE("(chưa tiếp nhận) "), REMINDER("(nhắc lại) "),
        ASSIGNED("(giao xử lý) "), ASSIGNMENT_OVERDUE("(quá hạn xử lý) ");

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }
    }

    public static String subject(Alert alert, Kind kind) {
        return "[TinRadar] [" + alert.severity().vietnameseName() + "] " + kind.marker + alert.title();
    }

    public MimeMessage compose(Session session, Alert alert, List<String> to, Kind kind) throws MessagingException {
        return compose(session, alert, to, kind, null, null);
    }

    /** @param variant told apart in the Message-ID: the escalation step */
    public MimeMessage compose(Session session, Alert alert, List<String> to, Kind kind, String variant)
            throws MessagingException {
        return compose(session, alert, to, kind, variant, null);
    }

    /** The mail to an assignee: who gave them the alert, and the response deadline. */
    public MimeMessage compose(Session session, Alert alert, List<String> to, Kind kind, Assignment assignment)
            throws MessagingException {
        return compose(session, alert, to, kind, String.valueOf(assignment.assignedAt().toEpochMilli()), assignment);
    }

    private MimeMessage compose(Session session, Alert alert, List<String> to, Kind kind, String variant,
                                Assignment assignment) throws MessagingException {
        String messageId = "<" + alert.id() + "." + (kind == Kind.FIRST || kind == Kind.RAISED ? alert.severity().id()
                : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "."
                + (variant == null ? String.valueOf(alert.revision()) : variant)) + "@tinradar>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from, true));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        }
        message.setSubject(subject(alert, kind), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(alert.updatedAt() == null ? java.time.Instant.now() : alert.updatedAt()));
        message.setHeader("X-TinRadar-Alert", alert.id());
        message.setHeader("X-TinRadar-Revision", String.valueOf(alert.revision()));

        MimeBodyPart text = new MimeBodyPart();
        String note = note(kind, assignment);
        text.setText(note.isEmpty() ? plainText(alert) : note + "\n\n" + plainText(alert),
                StandardCharsets.UTF_8.name(), "plain");
        Optional<byte[]> chart = ArticleTimeline.png(alert);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(alert, chart.isPresent(), note), StandardCharsets.UTF_8.name(), "html");
        // alternative parts go from plainest to richest: clients show the last one they can render
        MimeMultipart body = new MimeMultipart("alternative");
        body.addBodyPart(text);
        if (chart.isPresent()) {
            // the chart travels inside the mail (cid:), so it shows without loading remote images
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(html);
            MimeBodyPart png = new MimeBodyPart();
            png.setDataHandler(new DataHandler(new ByteArrayDataSource(chart.get(), "image/png")));
            png.setContentID("<" + CHART_CID + ">");
            png.setDisposition(Part.INLINE);
            png.setFileName("dien-bien.png");
            related.addBodyPart(png);
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            body.addBodyPart(relatedPart);
        } else {
            body.addBodyPart(html);
        }
        message.setContent(body);
        message.saveChanges();
        return message;
    }

    /** What an assignment mail says first: who must answer, by when, and that the time is up. */
    static String note(Kind kind, Assignment a) {
        if (a == null || (kind != Kind.ASSIGNED && kind != Kind.ASSIGNMENT_OVERDUE)) {
            return "";
        }
        String due = a.dueBy() == null ? "" : ", hạn phản hồi " + VnTime.dateTime(a.dueBy());
        return kind == Kind.ASSIGNED
                ? "Cảnh báo này được giao cho " + a.assignee() + " xử lý (" + a.assignedBy() + " giao lúc "
                + VnTime.dateTime(a.assignedAt()) + due + ")."
                : "Đã quá hạn phản hồi (" + VnTime.dateTime(a.dueBy()) + ") mà cảnh báo giao cho " + a.assignee()
                + " chưa được xử lý xong. Đề nghị kiểm tra, đôn đốc.";
    }

    String link(Alert alert) {
        return baseUrl + "/?alert=" + alert.id();
    }

    String plainText(Alert alert) {
        StringBuilder sb = new StringBuilder();
        sb.append("Mức độ: ").append(alert.severity().vietnameseName()).append(" · Trạng thái: ")
                .append(alert.status().vietnameseName()).append('\n');
        sb.append(alert.title()).append("\n\n").append(alert.summary()).append("\n\n");
        sb.append("Vì sao cảnh báo:\n");
        for (Signal s : alert.signals()) {
            sb.append("- ").append(s.evidence()).append('\n');
        }
        sb.append("\nĐề xuất xử lý: ").append(alert.suggestedAction()).append("\n\n");
        sb.append("Thời gian: lần đầu ").append(VnTime.dateTime(alert.firstSeen())).append(", gần nhất ")
                .append(VnTime.dateTime(alert.lastSeen())).append('\n');
        if (alert.place() != null) {
            sb.append("Địa bàn: ").append(alert.place()).append('\n');
        }
        sb.append("\nBài viết (").append(alert.articles().size()).append("):\n");
        for (ArticleRef a : alert.articles()) {
            sb.append("- ").append(orId(a)).append(a.source() == null ? "" : " — " + a.source())
                    .append(a.published() == null ? "" : ", " + VnTime.dateTime(a.published().toInstant()))
                    .append(a.url() == null ? "" : "\n  " + a.url()).append('\n');
        }
        sb.append("\nXem và tiếp nhận cảnh báo: ").append(link(alert)).append('\n');
        return sb.toString();
    }

    /** @param note said first, highlighted (an assignment and its deadline), or empty */
    String html(Alert alert, boolean withChart, String note) {
        String color = switch (alert.severity()) {
            case URGENT -> "#b71c1c";
            case WARNING -> "#e65100";
            case INFO -> "#1565c0";
        };
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>")
                .append("<body style=\"font-family:Arial,sans-serif;font-size:15px;line-height:1.45;max-width:640px\">");
        if (!note.isEmpty()) {
            sb.append("<p style=\"background:#fff3e0;padding:6px 10px\"><b>").append(Html.escape(note)).append("</b></p>");
        }
        sb.append("<p><span style=\"background:").append(color).append(";color:#fff;padding:2px 8px;border-radius:3px\">")
                .append(Html.escape(alert.severity().vietnameseName())).append("</span> ")
                .append(Html.escape(alert.status().vietnameseName())).append("</p>");
        sb.append("<h2 style=\"font-size:19px\">").append(Html.escape(alert.title())).append("</h2>");
        sb.append("<p>").append(Html.escape(alert.summary())).append("</p>");
        sb.append("<h3 style=\"font-size:16px\">Vì sao cảnh báo</h3><ul>");
        for (Signal s : alert.signals()) {
            sb.append("<li>").append(Html.escape(s.evidence())).append("</li>");
        }
        sb.append("</ul><h3 style=\"font-size:16px\">Đề xuất xử lý</h3><p>").append(Html.escape(alert.suggestedAction()))
                .append("</p>");
        sb.append("<p>Lần đầu: ").append(Html.escape(VnTime.dateTime(alert.firstSeen()))).append(" · Gần nhất: ")
                .append(Html.escape(VnTime.dateTime(alert.lastSeen())))
                .append(alert.place() == null ? "" : " · Địa bàn: " + Html.escape(alert.place())).append("</p>");
        if (withChart) {
            sb.append("<p><img src=\"cid:").append(CHART_CID).append("\" alt=\"Diễn biến số bài\" ")
                    .append("style=\"max-width:100%;height:auto\"></p>");
        }
        sb.append("<h3 style=\"font-size:16px\">Bài viết (").append(alert.articles().size()).append(")</h3><ul>");
        for (ArticleRef a : alert.articles()) {
            sb.append("<li>");
            if (a.url() != null && a.url().matches("https?://\\S+")) {
                sb.append("<a href=\"").append(Html.escape(a.url())).append("\">").append(Html.escape(orId(a))).append("</a>");
            } else {
                sb.append(Html.escape(orId(a)));
            }
            sb.append(a.source() == null ? "" : " — " + Html.escape(a.source()))
                    .append(a.published() == null ? "" : ", " + Html.escape(VnTime.dateTime(a.published().toInstant())))
                    .append("</li>");
        }
        sb.append("</ul><p><a href=\"").append(Html.escape(link(alert))).append("\">Xem và tiếp nhận cảnh báo</a></p>")
                .append("</body></html>");
        return sb.toString();
    }

    private static String orId(ArticleRef a) {
        return a.title() == null || a.title().isBlank() ? "Bài " + a.id() : a.title();
    }

}
