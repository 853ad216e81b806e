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
import vn.tinradar.alerts.render.Templates;
import vn.tinradar.alerts.view.Assignment;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.text.VnTime;

/**
 * Writes an alert as an e-mail staff can read on a phone: Vietnamese subject, a plain-text part and an HTML
 * part (UTF-8), what and where, why (the signals and their evidence), the suggested action and the articles. Both
 * parts come from the templates {@code alert-email.txt} and {@code alert-email.html}.
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

        Optional<byte[]> chart = ArticleTimeline.png(alert);
        AlertMailView view = AlertMailView.of(alert, note(kind, assignment), chart.isPresent() ? CHART_CID : null,
                link(alert));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(Templates.render("alert-email.txt", view), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(Templates.render("alert-email.html", view), StandardCharsets.UTF_8.name(), "html");
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
}
