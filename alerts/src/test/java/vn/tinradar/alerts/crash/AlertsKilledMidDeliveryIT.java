package vn.tinradar.alerts.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;

/**
 * Issue 12, "kill -9 of the alert service mid-delivery": the alerts service runs in a JVM of its own
 * ({@link AlertsServiceMain}) on a real broker and mails a real SMTP server (GreenMail) through a relay that holds
 * back the server's "250 OK" once the mail is in. The JVM is killed with SIGKILL right then, after the server took
 * the mail and before the sender could store its receipt, and started again. Counted by Message-ID at the server:
 * no alert without a mail, and the one possible repeat is the killed send, under the same Message-ID, which the
 * restarted service logged as unconfirmed. The in-process variant is {@code NotifierTest}.
 */
class AlertsKilledMidDeliveryIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Topics TOPICS = new Topics("kill9.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void alertsJvmKilledBetweenSmtpAcceptanceAndReceiptLosesNoAlertAndItsOnlyRepeatKeepsTheMessageId()
            throws Exception {
        Alert dam = Fixtures.alert("story-spread-vo-dap-bat-xat", Severity.URGENT, 1);
        Alert landslide = Fixtures.alert("topic-burst-sat-lo-bao-ha", Severity.URGENT, 1);
        try (ReplyWithholdingRelay relay = new ReplyWithholdingRelay(SMTP.getSmtp().getPort())) {
            publish(dam);
            Process first = startAlertsJvm(relay.port(), "first");
            assertThat(relay.awaitWithheld(PATIENCE.toSeconds())).as("the first JVM mailing the dam alert").isTrue();
            await(() -> SMTP.getReceivedMessages().length == 1, "the server storing the mail");

            first.destroyForcibly(); // SIGKILL: no shutdown hook, no receipt
            first.waitFor();
            assertThat(ledgerKeys()).as("the killed send: marked as attempted, never confirmed")
                    .contains("attempt|" + dam.id() + "|email|urgent")
                    .doesNotContain("delivery|" + dam.id() + "|email|urgent");

            relay.disarm();
            publish(landslide);
            long restart = System.nanoTime();
            Process second = startAlertsJvm(relay.port(), "second");
            await(() -> ledgerKeys().containsAll(List.of("delivery|" + dam.id() + "|email|urgent",
                    "delivery|" + landslide.id() + "|email|urgent")), "both receipts after the restart");
            long recoveredMs = Duration.ofNanos(System.nanoTime() - restart).toMillis();
            second.destroy();
            second.waitFor();
            System.out.println("event=kill9-recovered restart-to-receipts-ms=" + recoveredMs);
        }

        Map<String, Integer> byMessageId = countByMessageId(SMTP.getReceivedMessages());
        String damId = "<" + dam.id() + ".urgent@tinradar>";
        assertThat(byMessageId).as("mails at the server per Message-ID: every alert mailed, only the killed send twice")
                .containsExactlyInAnyOrderEntriesOf(Map.of(damId, 2, "<" + landslide.id() + ".urgent@tinradar>", 1));
        assertThat(Files.readString(dir.resolve("second.log")))
                .as("the restarted service names the possible repeat")
                .contains("event=send-unconfirmed channel=smtp alert=" + dam.id() + " message-id=" + damId);
    }

    private Process startAlertsJvm(int smtpPort, String name) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classpath, AlertsServiceMain.class.getName(), KAFKA.broker().bootstrapServers(),
                TOPICS.prefix(), String.valueOf(smtpPort), dir.resolve(name).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    private void publish(Alert alert) throws Exception {
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(KAFKA.broker().kafka(), new StringSerializer(),
                TOPICS.alerts.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(TOPICS.alerts.name(), alert.id(), alert)).get();
        }
    }

    private List<String> ledgerKeys() {
        return KAFKA.broker().readAll(TOPICS.deliveries.name()).stream().map(ConsumerRecord::key).toList();
    }

    private static Map<String, Integer> countByMessageId(MimeMessage[] received) throws MessagingException {
        Map<String, Integer> out = new TreeMap<>();
        for (MimeMessage m : received) {
            out.merge(m.getMessageID(), 1, Integer::sum);
        }
        return out;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + PATIENCE.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
