package vn.tinradar.alerts;

import vn.tinradar.common.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.common.event.Alert;

/**
 * The pieces {@link AlertsService} wires, without a broker: rules topology → staff view → e-mail outbox, then a
 * "restart" (new view and notifier over the same ledger, the topic replayed) that sends nothing twice.
 * {@code AlertsServiceIT} runs the same path on a real broker.
 */
class AlertsPipelineTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Fixtures.T0.plusSeconds(7200));
    private final MemoryLedger ledger = new MemoryLedger();
    private final AlertsConfig config = AlertsConfig.defaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private List<Alert> runRules() {
        AlertMetrics metrics = new AlertMetrics(registry);
        try (RulesDriver rules = new RulesDriver(() -> config, metrics::fired, dataDir.resolve("state"))) {
            rules.trend(Fixtures.landslideTrend(9, 6.5));
            rules.afterTheWaitForStories();
            rules.story(Fixtures.fabricatedStory(4, 0.82));
            rules.trend(Fixtures.landslideTrend(12, 7.0, Fixtures.T0.plusSeconds(3600), List.of("vtv-9")));
            rules.story(Fixtures.fabricatedStory(6, 0.82));
            return rules.newAlerts();
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
