import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real SMTP server (GreenMail) in a JVM of its own for faults.sh: accepts every message on PORT without
 * authentication and writes each one it received to DIR/NNNNN.eml, so the mails outlive a stop of the server.
 * java -cp tinradar.jar:greenmail.jar MailServer.java PORT DIR
 */
public class MailServer {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        // numbering goes on from the files already there: a restarted server adds to what the first one kept
        int[] written = {0};
        try (var files = Files.list(dir)) {
            written[0] = (int) files.filter(f -> f.toString().endsWith(".eml")).count();
        }
        int already = written[0];
        Runnable save = () -> {
            MimeMessage[] received = smtp.getReceivedMessages();
            for (int i = written[0] - already; i < received.length; i++) {
                Path file = dir.resolve("%05d.eml".formatted(written[0] + 1));
                try (OutputStream out = Files.newOutputStream(file)) {
                    received[i].writeTo(out);
                } catch (Exception e) {
                    System.out.println("event=mail-save-failed file=" + file + " error=\"" + e + "\"");
                }
                written[0]++;
            }
        };
        // SIGTERM: the last messages are saved before the server goes
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (written) {
                save.run();
            }
            smtp.stop();
        }));
        System.out.println("event=mail-server-started port=" + port + " dir=" + dir);
        while (true) {
            Thread.sleep(100);
            synchronized (written) {
                save.run();
            }
        }
    }
}
