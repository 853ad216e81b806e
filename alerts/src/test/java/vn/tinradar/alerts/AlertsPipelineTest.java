package vn.tinradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.delivery.MemoryLedger;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.alerts.rules.AlertsTopology;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Topics;

/**
 * The pieces {@link AlertsService} wires, without a broker: rules topology → staff view → e-mail outbox, then a
 * "restart" (new view and notifier over the same ledger, the topic replayed) that sends nothing twice.
 * {@code AlertsServiceIT} runs the same path on a real broker.
 */
class AlertsPipelineTest {

    @TempDir
    Path dataDir;

    private final Topics topics = Topics.withDefaultPrefix();
    private final MutableClock clock = new MutableClock(Fixtures.T0.plusSeconds(7200));
    private final MemoryLedger ledger = new MemoryLedger();
    private final AlertsConfig config = AlertsConfig.defaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private List<Alert> runRules() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertMetrics metrics = new AlertMetrics(registry);
        AlertsTopology.build(builder, topics, config, metrics::fired);
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(),
                AlertsTopology.streamsProperties(kafka, topics.prefix(), dataDir.resolve("state")))) {
            TestInputTopic<String, Trend> trends = driver.createInputTopic(topics.trends.name(),
                    topics.trends.keySerde().serializer(), topics.trends.valueSerde().serializer());
            TestInputTopic<String, Story> stories = driver.createInputTopic(topics.stories.name(),
                    topics.stories.keySerde().serializer(), topics.stories.valueSerde().serializer());
            TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(topics.alerts.name(),
                    topics.alerts.keySerde().deserializer(), topics.alerts.valueSerde().deserializer());
            trends.pipeInput("topic-place:thien-tai@15265", Fixtures.landslideTrend(9, 6.5));
            stories.pipeInput("story-benh-vien-tu-choi", Fixtures.fabricatedStory(4, 0.82));
            trends.pipeInput("topic-place:thien-tai@15265", Fixtures.landslideTrend(12, 7.0,
                    Fixtures.T0.plusSeconds(3600), List.of("vtv-9")));
            stories.pipeInput("story-benh-vien-tu-choi", Fixtures.fabricatedStory(6, 0.82));
            return alerts.readValuesToList();
        }
    }

    /** What the notifier thread does with each record of the alerts topic. */
    private void deliver(List<Alert> topic) {
        AlertBoard board = new AlertBoard(ledger, clock, new AlertMetrics(registry), a -> { });
        Notifier notifier = new Notifier(config, ledger, new OutboxTransport(dataDir.resolve("outbox")), null,
                new Silences(ledger, clock), board::inhibited, new AlertMetrics(registry), clock);
        for (Alert a : topic) {
            board.accept(a).ifPresent(notifier::notify);
        }
    }

    private long outbox() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).count();
        }
    }

    @Test
    void twoGroupsGiveTwoAlertsTwoMailsAndNothingMoreAfterARestart() throws Exception {
        List<Alert> topic = runRules();
        assertThat(topic).hasSize(4);
        assertThat(topic.stream().map(Alert::id).distinct()).hasSize(2);

        deliver(topic);
        assertThat(outbox()).isEqualTo(2);

        deliver(topic);
        assertThat(outbox()).isEqualTo(2);
        assertThat(registry.get("tinradar.alerts.sent").tag("channel", "outbox").tag("result", "ok").counter()
                .count()).isEqualTo(2);
        assertThat(registry.get("tinradar.alerts.fired").tag("rule", "topic-burst").tag("severity", "urgent")
                .counter().count()).isEqualTo(1);
    }
}
