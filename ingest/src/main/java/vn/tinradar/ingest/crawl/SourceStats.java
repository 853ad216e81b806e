package vn.tinradar.ingest.crawl;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Running counters for one source since the service started, read by the health view. */
public final class SourceStats {

    private final AtomicLong fetches = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong emitted = new AtomicLong();
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastEmitted;

    void fetched(boolean ok, String error, Instant at) {
        fetches.incrementAndGet();
        if (ok) {
            lastSuccess = at;
        } else {
            errors.incrementAndGet();
            lastError = error;
            lastErrorAt = at;
        }
    }

    void emitted(Instant at) {
        emitted.incrementAndGet();
        lastEmitted = at;
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
}
