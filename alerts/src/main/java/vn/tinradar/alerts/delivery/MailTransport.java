package vn.tinradar.alerts.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Where alert e-mails go: an SMTP server, or the outbox folder when none is configured. */
public interface MailTransport {

    /** The session messages for this transport are composed in. */
    Session session();

    /**
     * Hands one message over; {@code deliveryKey} names the notification, so writing the same one twice
     * replaces it instead of adding a copy where the transport allows.
     */
    void send(MimeMessage message, String deliveryKey) throws MessagingException, IOException;

    /** Metric tag value: "smtp" or "outbox". */
    String channel();
}
