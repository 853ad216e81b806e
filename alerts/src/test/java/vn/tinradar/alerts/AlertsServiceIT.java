package vn.tinradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Topics;

/**
 * The alert service on a real single-node KRaft broker with a real SMTP server (GreenMail): alerts fire and are
 * mailed once; after a restart the view is rebuilt, the acknowledgement remembered and nothing mailed twice.
 * The in-memory counterparts are {@code AlertsTopologyTest}, {@code NotifierTest} and {@code AlertBoardTest}.
 */
class AlertsServiceIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static KafkaClusterTestKit cluster;
    private static final Topics TOPICS = new Topics("it.");

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = cluster.admin()) {
            admin.createTopics(TOPICS.all().stream()
                    .map(t -> new NewTopic(t.name(), 1, (short) 1).configs(t.config())).toList()).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        cluster.close();
    }

    private AlertsConfig config() {
        return AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  email:
                    smtp:
                      host: 127.0.0.1
                      port: %d
                """.formatted(SMTP.getSmtp().getPort())).overlay(
                ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    private Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        return p;
    }

    @Test
    void alertsFireAreMailedOnceAndSurviveARestart() throws Exception {
        try (KafkaProducer<String, Object> producer = producer()) {
            Trend burst = Fixtures.landslideTrend(9, 6.5);
            producer.send(new ProducerRecord<>(TOPICS.trends.name(), "topic-place:" + burst.key(), burst));
            Story story = Fixtures.fabricatedStory(4, 0.82);
            producer.send(new ProducerRecord<>(TOPICS.stories.name(), story.id(), story)).get();
        }

        String burstId;
        try (AlertsService service = new AlertsService(config(), TOPICS, kafka(), dataDir, new SimpleMeterRegistry())) {
            service.start();
            await(() -> service.alerts(null).size() == 2 && SMTP.getReceivedMessages().length == 2);
            burstId = service.alerts(null).stream().filter(a -> a.rule().equals("topic-burst")).findFirst()
                    .orElseThrow().id();
            service.acknowledge(burstId, "tran.thi.binh");
        }

        try (KafkaProducer<String, Object> producer = producer()) {
            Trend more = Fixtures.landslideTrend(14, 5.0, Fixtures.T0.plusSeconds(3600), List.of("vnexpress-9"));
            producer.send(new ProducerRecord<>(TOPICS.trends.name(), "topic-place:" + more.key(), more)).get();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (AlertsService restarted = new AlertsService(config(), TOPICS, kafka(), dataDir, registry)) {
            restarted.start();
            await(() -> restarted.alert(burstId).map(Alert::revision).orElse(0) == 2);
            Alert grown = restarted.alert(burstId).orElseThrow();
            assertThat(grown.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(grown.ackBy()).isEqualTo("tran.thi.binh");
            assertThat(restarted.alerts(null)).hasSize(2);
            Thread.sleep(1500);
            assertThat(SMTP.getReceivedMessages()).hasSize(2);
            assertThat(restarted.atomFeed("http://localhost:8080")).contains("urn:tinradar:alert:" + burstId);

            await(() -> restarted.streams().state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING);
            assertThat(restarted.sendWeeklyReport(java.time.LocalDate.of(2026, 11, 16))).isTrue();
            assertThat(restarted.sendWeeklyReport(java.time.LocalDate.of(2026, 11, 16))).isFalse();
            assertThat(SMTP.getReceivedMessages()).hasSize(3);
            assertThat(SMTP.getReceivedMessages()[2].getSubject()).startsWith("[TinRadar] Báo cáo tổng hợp");
        }

        // the report command: any period, without the service, straight from the topics
        Path page = vn.tinradar.alerts.report.TopicReport.build(config(), TOPICS, kafka(), dataDir,
                java.time.LocalDate.of(2026, 11, 16), java.time.LocalDate.of(2026, 11, 23), false);
        assertThat(java.nio.file.Files.readString(page)).contains("2 cảnh báo mới, 1 đã được tiếp nhận");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private KafkaProducer<String, Object> producer() {
        Properties p = kafka();
        Map<String, Object> noConfig = Map.of();
        var valueSerializer = new org.apache.kafka.common.serialization.Serializer<Object>() {
            @Override
            public byte[] serialize(String topic, Object value) {
                var serde = value instanceof Trend ? TOPICS.trends.valueSerde() : TOPICS.stories.valueSerde();
                return ((org.apache.kafka.common.serialization.Serializer) serde.serializer()).serialize(topic, value);
            }
        };
        valueSerializer.configure(noConfig, false);
        return new KafkaProducer<>(p, TOPICS.trends.keySerde().serializer(), valueSerializer);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
