package vn.tinradar.ingest.fetch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;

/**
 * Keeps the crawler polite: per host:port at most {@code perHost} requests in flight and request starts
 * spaced by the minimum interval (or the site's Crawl-delay when longer), and at most {@code global}
 * requests in flight overall.
 */
public final class HostPoliteness {

    private final Semaphore global;
    private final int perHost;
    private final long minIntervalMs;
    private final LongConsumer waitObserver;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A held turn; closing it frees the host and global slots. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final Semaphore permits;
        long nextStartNanos;

        Host(int permits) {
            this.permits = new Semaphore(permits, true);
        }
    }

    public HostPoliteness(int global, int perHost, long minIntervalMs, LongConsumer waitObserverMs) {
        this.global = new Semaphore(global, true);
        this.perHost = perHost;
        this.minIntervalMs = minIntervalMs;
        this.waitObserver = waitObserverMs;
    }

    /** Blocks until {@code authority} may be contacted; {@code crawlDelayMs} &lt;= 0 means none declared. */
    public Turn acquire(String authority, long crawlDelayMs) throws InterruptedException {
        long began = System.nanoTime();
        Host host = hosts.computeIfAbsent(authority, a -> new Host(perHost));
        host.permits.acquire();
        try {
            long intervalNanos = Math.max(minIntervalMs, crawlDelayMs) * 1_000_000L;
            long startAt;
            synchronized (host) {
                long now = System.nanoTime();
                startAt = Math.max(now, host.nextStartNanos);
                host.nextStartNanos = startAt + intervalNanos;
            }
            long sleepNanos = startAt - System.nanoTime();
            if (sleepNanos > 0) {
                Thread.sleep(sleepNanos / 1_000_000L, (int) (sleepNanos % 1_000_000L));
            }
            global.acquire();
        } catch (InterruptedException e) {
            host.permits.release();
            throw e;
        }
        waitObserver.accept((System.nanoTime() - began) / 1_000_000L);
        return () -> {
            global.release();
            host.permits.release();
        };
    }
}
