package vn.tinradar.alerts.examples;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.alerts.view.AtomFeed;
import vn.tinradar.common.event.Alert;

/**
 * Replays the Vietnamese fixtures (a landslide burst in Xã Bảo Hà, a fabricated story copied across unlicensed
 * sites) through the rules, the staff view and the outbox, without Kafka, and prints the alerts and the Atom
 * feed. Run: {@code java -cp ... vn.tinradar.alerts.examples.ReplayAlertsExample [outbox-dir]}.
 */
public final class ReplayAlertsExample {

    private ReplayAlertsExample() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tinradar-alerts");
        AlertsConfig config = AlertsConfig.defaults();
        MemoryLedger ledger = new MemoryLedger();
        AlertMetrics metrics = new AlertMetrics(new SimpleMeterRegistry());
        Clock clock = Clock.systemUTC();
        AlertBoard board = new AlertBoard(ledger, clock, metrics, a -> { });
        Notifier notifier = new Notifier(config, ledger, new OutboxTransport(dir.resolve("outbox")), null,
                new Silences(ledger, clock), board::inhibited, metrics, clock);
        try (RulesDriver rules = new RulesDriver(() -> config, metrics::fired, dir.resolve("state"))) {
            rules.trend(Fixtures.landslideTrend(9, 6.5));
            rules.trend(Fixtures.landslideTrend(14, 7.5, Fixtures.T0.plusSeconds(3600), List.of("vtv-5")));
            rules.story(Fixtures.fabricatedStory(5, 0.82));
            for (Alert alert : rules.newAlerts()) {
                board.accept(alert).ifPresent(notifier::notify);
            }
        }
        for (Alert a : board.alerts(null)) {
            System.out.println("[" + a.severity().vietnameseName() + "] " + a.title() + " (rev " + a.revision() + ")");
            a.signals().forEach(s -> System.out.println("   - " + s.evidence()));
        }
        System.out.println(AtomFeed.write(board.alerts(null), config.baseUrl()));
        System.out.println("e-mails written to " + dir.resolve("outbox"));
    }
}
