package vn.tinradar.alerts.spokes;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import vn.tinradar.alerts.delivery.MailTransport;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.text.VnTime;

/**
 * The mails of a request for an official response, in Vietnamese plain text: the request itself to the agency's
 * spokespersons, and the reminder before the deadline. Sent through the alerts' mail transport (SMTP or the outbox),
 * each under a delivery key of its own so the outbox never holds the same mail twice, and with a Message-ID fixed by
 * the request and the kind ({@link #messageId}), so a reminder sent again by a second instance is one mail to a mail
 * client.
 */
public final class ResponseMail {

    private final MailTransport transport;
    private final String from;
    private final String dashboardUrl;

    /** @param dashboardUrl where staff reach the dashboard, for the link to the alert */
    public ResponseMail(MailTransport transport, String from, String dashboardUrl) {
        this.transport = transport;
        this.from = from;
        this.dashboardUrl = dashboardUrl;
    }

    /** Mails the request to {@code to}; throws when the transport refused it. */
    public void sendRequest(ResponseRequest r, List<String> to) throws MessagingException, IOException {
        String body = "Kính gửi " + r.agencyName() + ",\n\n"
                + "Sở Thông tin và Truyền thông đề nghị quý cơ quan cung cấp thông tin, phản hồi chính thức về vấn đề "
                + "báo chí, dư luận đang quan tâm dưới đây trước " + VnTime.dateTime(r.due()) + ".\n\n"
                + "Vấn đề: " + r.alertTitle() + "\n"
                + (r.note() == null || r.note().isBlank() ? "" : "Nội dung đề nghị: " + r.note() + "\n")
                + "Người đề nghị: " + r.requestedBy() + ", lúc " + VnTime.dateTime(r.requestedAt()) + "\n"
                + "Mã yêu cầu: " + r.id() + "\n\n"
                + "Chi tiết cảnh báo: " + dashboardUrl + "/?alert=" + r.alertId() + "\n";
        send(r, to, "[TinRadar] Đề nghị phản hồi chính thức: " + r.alertTitle(), body, "request");
    }

    /** Mails the reminder that the deadline is near (or reached) and no response is recorded yet. */
    public void sendReminder(ResponseRequest r, List<String> to) throws MessagingException, IOException {
        String body = "Kính gửi " + r.agencyName() + ",\n\n"
                + "Sở Thông tin và Truyền thông nhắc lại đề nghị phản hồi chính thức gửi lúc "
                + VnTime.dateTime(r.requestedAt()) + ", hạn " + VnTime.dateTime(r.due())
                + ", đến nay chưa nhận được phản hồi.\n\n"
                + "Vấn đề: " + r.alertTitle() + "\n"
                + (r.note() == null || r.note().isBlank() ? "" : "Nội dung đề nghị: " + r.note() + "\n")
                + "Mã yêu cầu: " + r.id() + "\n";
        send(r, to, "[TinRadar] Nhắc hạn phản hồi chính thức: " + r.alertTitle(), body, "reminder");
    }

    private void send(ResponseRequest r, List<String> to, String subject, String body, String kind)
            throws MessagingException, IOException {
        String messageId = messageId(r, kind);
        MimeMessage m = new MimeMessage(transport.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from, true));
        for (String address : to) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        }
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        m.setHeader("X-TinRadar-Response-Request", r.id());
        m.setText(body, StandardCharsets.UTF_8.name(), "plain");
        m.saveChanges();
        transport.send(m, "response-" + r.id() + "-" + kind);
    }

    /** The Message-ID of the {@code kind} ("request", "reminder") mail of {@code r}: the same on every send. */
    static String messageId(ResponseRequest r, String kind) {
        return "<response-" + r.id() + "." + kind + "@tinradar>";
    }
}
