package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Running counters for one source since the service started, read by the health view, plus the source's
 * {@link PublishingRhythm}, which is seeded from the crawl state at start and so outlives a restart.
 */
public final class SourceStats {

    private static final Duration DAY = Duration.ofDays(1);

    private final AtomicLong fetches = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong emitted = new AtomicLong();
    private final PublishingRhythm rhythm = new PublishingRhythm();
    /** Emission times of the last 24 hours, oldest first. */
    private final Deque<Instant> lastDay = new ArrayDeque<>();
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastEmitted;

    /** A feed or page fetch ended at {@code at}; {@code error} describes a failure. */
    public void fetched(boolean ok, String error, Instant at) {
        fetches.incrementAndGet();
        if (ok) {
            lastSuccess = at;
        } else {
            errors.incrementAndGet();
            lastError = error;
            lastErrorAt = at;
        }
    }

    /** An article was sent at {@code at}; {@code publishedAt} is its own date, which teaches the rhythm. */
    public void emitted(Instant at, Instant publishedAt) {
        emitted.incrementAndGet();
        lastEmitted = at;
        rhythm.add(publishedAt);
        synchronized (lastDay) {
            lastDay.addLast(at);
            trim(at);
        }
    }

    public long fetches() {
        return fetches.get();
    }

    public long errors() {
        return errors.get();
    }

    public long emitted() {
        return emitted.get();
    }

    /** Articles sent in the 24 hours before {@code now}. */
    public int emittedInDayBefore(Instant now) {
        synchronized (lastDay) {
            trim(now);
            return lastDay.size();
        }
    }

    public PublishingRhythm rhythm() {
        return rhythm;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    public Instant lastEmitted() {
        return lastEmitted;
    }

    private void trim(Instant now) {
        Instant from = now.minus(DAY);
        while (!lastDay.isEmpty() && lastDay.peekFirst().isBefore(from)) {
            lastDay.pollFirst();
        }
    }
}
