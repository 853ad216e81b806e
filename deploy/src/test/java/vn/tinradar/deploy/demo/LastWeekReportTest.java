package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The demo's wait for last week's report, with the alerts service's answers played by plain functions. */
class LastWeekReportTest {

    /** Wednesday 18/11/2026, 10:00 in Hà Nội: the last full week began on Monday 9/11. */
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T03:00:00Z"), ZoneOffset.UTC);

    private final List<LocalDate> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger held = new AtomicInteger();

    private LastWeekReport report(AtomicLong count, Duration quiet, Duration atMost) {
        return new LastWeekReport(count::get, sent::add, held::incrementAndGet, held::decrementAndGet, quiet, atMost,
                WEDNESDAY);
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void sendsTheLastFullWeekOnceTheArticleCountStopsMoving() throws InterruptedException {
        AtomicLong count = new AtomicLong(412);
        try (LastWeekReport r = report(count, Duration.ofMillis(200), Duration.ofSeconds(30)).start()) {
            await(() -> !sent.isEmpty());
        }
        assertThat(sent).containsExactly(LocalDate.of(2026, 11, 9));
    }

    @Test
    void holdsTheRegularScheduleUntilItHasSent() throws InterruptedException {
        AtomicLong count = new AtomicLong(412);
        try (LastWeekReport r = report(count, Duration.ofMillis(300), Duration.ofSeconds(30)).start()) {
            assertThat(held).hasValue(1);
            await(() -> !sent.isEmpty());
            await(() -> held.get() == 0);
        }
        assertThat(held).hasValue(0);
    }

    @Test
    void waitsWhileArticlesKeepArriving() throws InterruptedException {
        AtomicLong count = new AtomicLong(100);
        try (LastWeekReport r = report(count, Duration.ofMillis(400), Duration.ofSeconds(30)).start()) {
            for (int i = 0; i < 50; i++) { // 2.5 s: past two of its once-a-second checks
                Thread.sleep(50);
                count.incrementAndGet();
            }
            assertThat(sent).isEmpty();
        }
    }

    @Test
    void neverSendsBeforeTheLedgerIsReadEvenPastItsDeadline() throws InterruptedException {
        AtomicLong count = new AtomicLong(-1);
        try (LastWeekReport r = report(count, Duration.ofMillis(50), Duration.ofMillis(100)).start()) {
            Thread.sleep(1500); // past its second check, and its deadline
            assertThat(sent).isEmpty();
        }
    }
}
