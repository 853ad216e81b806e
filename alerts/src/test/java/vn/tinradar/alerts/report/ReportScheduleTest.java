package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.common.text.VnTime;

class ReportScheduleTest {

    private static final String LAST_WEEK = "report|2026-11-16|2026-11-23";

    @TempDir
    Path dataDir;

    // Monday 23/11/2026 07:05 in Lào Cai: last week's report is due
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 7, 5)
            .atZone(VnTime.ZONE).toInstant());
    private final MemoryLedger ledger = new MemoryLedger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** Each check asks first whether the app runs: after the third question, two checks have finished. */
    private final AtomicInteger checks = new AtomicInteger();

    private ReportSchedule schedule() {
        AlertsConfig config = AlertsConfig.defaults();
        ReportSender sender = new ReportSender(() -> config, ledger, new OutboxTransport(dataDir.resolve("outbox")),
                dataDir.resolve("reports"), List::of, List::of, clock);
        return new ReportSchedule(sender, () -> {
            checks.incrementAndGet();
            return running.get();
        }, Duration.ofMillis(10), Duration.ofMillis(50));
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void mailsTheReportThatIsDue() throws InterruptedException {
        try (ReportSchedule s = schedule()) {
            s.start();
            await(() -> ledger.get(LAST_WEEK).isPresent());
        }
        assertThat(ledger.get(LAST_WEEK)).isPresent();
    }

    @Test
    void sendsNothingWhileHeld() throws InterruptedException {
        try (ReportSchedule s = schedule()) {
            s.hold();
            s.start();
            await(() -> checks.get() >= 3);
            assertThat(ledger.get(LAST_WEEK)).isEmpty();
        }
    }

    @Test
    void sendsNothingWhileTheAlertsAppIsNotRunning() throws InterruptedException {
        running.set(false);
        try (ReportSchedule s = schedule()) {
            s.start();
            await(() -> checks.get() >= 3);
            assertThat(ledger.get(LAST_WEEK)).isEmpty();
        }
    }
}
