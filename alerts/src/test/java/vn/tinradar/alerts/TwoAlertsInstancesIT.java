package vn.tinradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * Two alerts services on one real KRaft broker, sharing the sending through the delivery group, with a real SMTP
 * server (GreenMail) and a local webhook receiver that answers slowly, so that instances join and leave while
 * alerts are being sent. Each alert's e-mail and webhook call must arrive exactly once across a second instance
 * joining, the first one stopping mid-delivery and a rolling restart. The single-instance life is
 * {@code AlertsServiceIT}; the ownership rule itself is in {@code NotifierTest}.
 */
class TwoAlertsInstancesIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Topics TOPICS = new Topics("ha.");
    /** Three partitions, so that each instance owns some of the alerts. */
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 3);
    private static final int ALERTS = 24;
    private static final Duration WEBHOOK_ANSWERS_AFTER = Duration.ofMillis(150);

    private HttpServer webhook;
    private final List<String> webhookDeliveries = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/canh-bao", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(WEBHOOK_ANSWERS_AFTER.toMillis());
            webhookDeliveries.add(exchange.getRequestHeaders().getFirst("X-TinRadar-Delivery"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stop() throws Exception {
        webhook.stop(0);
    }

    @Test
    void eachAlertIsMailedAndPostedOnceWhileInstancesJoinStopAndRestart() throws Exception {
        AlertsService first = service("a");
        first.start();
        publishAlerts();
        await(() -> webhookDeliveries.size() >= 4, "the first instance sending");

        AlertsService second = service("b");
        second.start();
        await(() -> webhookDeliveries.size() >= 10, "deliveries going on after the second instance joined");
        int beforeStop = webhookDeliveries.size();
        first.close();
        assertThat(beforeStop).as("the first instance was stopped mid-delivery").isLessThan(ALERTS);

        await(() -> webhookDeliveries.size() >= ALERTS && SMTP.getReceivedMessages().length >= ALERTS,
                "every alert sent by the instance left");
        // rolling restart: the first instance comes back, then the second one goes
        AlertsService restarted = service("a");
        restarted.start();
        await(() -> restarted.scoredArticleCount() >= 0, "the restarted instance reading its ledger");
        second.close();
        Thread.sleep(4000);
        restarted.close();

        assertThat(countBy(mailedAlertIds())).as("e-mails per alert").hasSize(ALERTS)
                .allSatisfy((id, n) -> assertThat(n).as("e-mails for " + id).isEqualTo(1));
        assertThat(countBy(List.copyOf(webhookDeliveries))).as("webhook calls per delivery key").hasSize(ALERTS)
                .allSatisfy((key, n) -> assertThat(n).as("webhook calls for " + key).isEqualTo(1));
    }

    private AlertsService service(String name) {
        AlertsConfig config = AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  email:
                    smtp:
                      host: 127.0.0.1
                      port: %d
                  webhook:
                    url: http://127.0.0.1:%d/canh-bao
                  report:
                    enabled: false
                """.formatted(SMTP.getSmtp().getPort(), webhook.getAddress().getPort())).overlay(
                ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
        return new AlertsService(config, TOPICS, KAFKA.broker().kafka(), dataDir.resolve(name),
                new SimpleMeterRegistry());
    }

    /** Landslide alerts on communes of Lào Cai, as the rules would write them, spread over the three partitions. */
    private void publishAlerts() throws Exception {
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(KAFKA.broker().kafka(), new StringSerializer(),
                TOPICS.alerts.valueSerde().serializer())) {
            for (int i = 1; i <= ALERTS; i++) {
                Alert alert = Fixtures.alert("a-sat-lo-xa-" + i, Severity.URGENT, 1);
                producer.send(new ProducerRecord<>(TOPICS.alerts.name(), alert.id(), alert));
            }
            producer.flush();
        }
    }

    private static List<String> mailedAlertIds() throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            ids.add(m.getHeader("X-TinRadar-Alert")[0]);
        }
        return ids;
    }

    private static Map<String, Long> countBy(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        TestBroker.await(condition, what);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
