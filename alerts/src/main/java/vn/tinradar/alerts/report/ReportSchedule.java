package vn.tinradar.alerts.report;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.concurrent.DaemonScheduler;

/**
 * Sends the weekly report when it is due: a check every minute on a daemon thread, the first after 90 s so that
 * the ledger, which knows the reports already sent, is loaded. The check is skipped while the alerts app is not
 * running or while the schedule is {@linkplain #hold() held}; a failed send is logged and tried at the next check.
 */
public final class ReportSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportSender sender;
    private final BooleanSupplier running;
    private final Duration firstCheck;
    private final Duration between;
    private final AtomicBoolean held = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = DaemonScheduler.named("alerts-report-scheduler");

    public ReportSchedule(ReportSender sender, BooleanSupplier running) {
        this(sender, running, Duration.ofSeconds(90), Duration.ofSeconds(60));
    }

    /** With other delays, for tests that cannot wait a minute and a half. */
    ReportSchedule(ReportSender sender, BooleanSupplier running, Duration firstCheck, Duration between) {
        this.sender = sender;
        this.running = running;
        this.firstCheck = firstCheck;
        this.between = between;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::sendIfDue, firstCheck.toMillis(), between.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Skips the checks until {@link #release()}, so that a caller sending a week itself is not raced. */
    public void hold() {
        held.set(true);
    }

    public void release() {
        held.set(false);
    }

    private void sendIfDue() {
        try {
            if (running.getAsBoolean() && !held.get()) {
                sender.sendIfDue();
            }
        } catch (RuntimeException e) {
            LOG.warn("event=report-failed retry-in-s=60 error=\"{}\"", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
