package vn.tinradar.alerts.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Writes each alert e-mail as one {@code .eml} file (MIME, as it would go over SMTP) to the outbox folder, for
 * installations without a mail server. The file name comes from the delivery key, written through a temporary
 * file and an atomic move, so a repeat replaces the file and a crash never leaves half a mail.
 */
public final class OutboxTransport implements MailTransport {

    private final Path outbox;
    private final Session session = Session.getInstance(new Properties());

    public OutboxTransport(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void send(MimeMessage message, String deliveryKey) throws MessagingException, IOException {
        Files.createDirectories(outbox);
        Path target = outbox.resolve(fileName(deliveryKey));
        Path tmp = outbox.resolve(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            message.writeTo(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String fileName(String deliveryKey) {
        return deliveryKey.replaceAll("[^A-Za-z0-9._-]", "_") + ".eml";
    }

    public Path outbox() {
        return outbox;
    }

    @Override
    public String channel() {
        return "outbox";
    }
}
