package vn.tinradar.deploy.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.common.concurrent.DaemonScheduler;
import vn.tinradar.common.text.VnTime;

/**
 * Mails the weekly report of the last full week (Monday to Sunday before this one) as the scheduler would on
 * Monday morning, once the demo's articles have stopped arriving: when the number of scored articles has not
 * changed for {@code quiet}, or {@code atMost} after {@link #start()}, whichever comes first, but never before the
 * alerts ledger is read (it knows whether the week went out already). The regular schedule is held meanwhile, so
 * the week is not sent half-read. Sent once, as any weekly report.
 */
public final class LastWeekReport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LastWeekReport.class);

    private final LongSupplier scoredArticleCount;
    private final Consumer<LocalDate> sendWeekly;
    private final Runnable holdSchedule;
    private final Runnable releaseSchedule;
    private final Duration quiet;
    private final Duration atMost;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = DaemonScheduler.named("demo-last-week-report");

    public LastWeekReport(AlertsService alerts, Duration quiet, Duration atMost, Clock clock) {
        this(alerts::scoredArticleCount, alerts.reports()::sendWeekly, alerts.reports().schedule()::hold,
                alerts.reports().schedule()::release, quiet, atMost, clock);
    }

    /**
     * @param scoredArticleCount -1 while the alerts ledger is not read yet
     * @param sendWeekly mails the week starting on the Monday given, unless it went out already
     */
    LastWeekReport(LongSupplier scoredArticleCount, Consumer<LocalDate> sendWeekly, Runnable holdSchedule,
                   Runnable releaseSchedule, Duration quiet, Duration atMost, Clock clock) {
        this.scoredArticleCount = scoredArticleCount;
        this.sendWeekly = sendWeekly;
        this.holdSchedule = holdSchedule;
        this.releaseSchedule = releaseSchedule;
        this.quiet = quiet;
        this.atMost = atMost;
        this.clock = clock;
    }

    /** Starts waiting on a daemon thread; returns at once. */
    public LastWeekReport start() {
        LocalDate monday = LocalDate.now(clock.withZone(VnTime.ZONE))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        holdSchedule.run();
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        scheduler.execute(new Runnable() {
            private long count = -1;
            private long stableSince = System.nanoTime();

            @Override
            public void run() {
                long now = System.nanoTime();
                long seen = scoredArticleCount.getAsLong();
                if (seen != count) {
                    count = seen;
                    stableSince = now;
                }
                boolean settled = seen >= 0 && now - stableSince >= quiet.toNanos();
                // never before the ledger is read: it is what knows whether this week went out already
                if (!settled && (now < deadline || seen < 0)) {
                    scheduler.schedule(this, 1, TimeUnit.SECONDS);
                    return;
                }
                try {
                    LOG.info("event=report-settled week={} articles={} waited-s={}", monday, seen,
                            Duration.ofNanos(now - start).toSeconds());
                    sendWeekly.accept(monday);
                } catch (RuntimeException e) {
                    LOG.warn("event=report-failed week={} error=\"{}\"", monday, e.getMessage());
                } finally {
                    releaseSchedule.run();
                }
            }
        });
        return this;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
