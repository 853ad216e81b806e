package vn.tinradar.alerts.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import vn.tinradar.alerts.config.AlertsConfig;

/** Sends alert e-mails over SMTP with Angus Mail: optional STARTTLS (required when set) and login. */
public final class SmtpTransport implements MailTransport {

    private final AlertsConfig.Smtp smtp;
    private final Session session;

    public SmtpTransport(AlertsConfig.Smtp smtp) {
        this.smtp = smtp;
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(smtp.timeoutMs()));
        p.put("mail.smtp.timeout", String.valueOf(smtp.timeoutMs()));
        p.put("mail.smtp.writetimeout", String.valueOf(smtp.timeoutMs()));
        boolean auth = smtp.user() != null && !smtp.user().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        if (smtp.tls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail.mime.charset", "UTF-8");
        session = Session.getInstance(p);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void send(MimeMessage message, String deliveryKey) throws MessagingException {
        if (smtp.user() != null && !smtp.user().isBlank()) {
            Transport.send(message, smtp.user(), smtp.password());
        } else {
            Transport.send(message);
        }
    }

    @Override
    public String channel() {
        return "smtp";
    }
}
