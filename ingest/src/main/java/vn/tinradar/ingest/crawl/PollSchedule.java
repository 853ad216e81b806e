package vn.tinradar.ingest.crawl;

import java.time.Instant;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.source.Source;

/**
 * When to poll a feed next. A poll that found new items halves the interval (down to the source's minimum),
 * a quiet one stretches it by half (up to the maximum), so busy feeds are read often and dormant ones rarely.
 * A failure waits {@code min * 2^failures}, capped by {@code failure-backoff-max-seconds}.
 */
public final class PollSchedule {

    private final IngestConfig config;

    public PollSchedule(IngestConfig config) {
        this.config = config;
    }

    public long minSeconds(Source source) {
        return source.minIntervalSeconds() > 0 ? source.minIntervalSeconds() : config.defaultMinIntervalSeconds();
    }

    public long maxSeconds(Source source) {
        long max = source.maxIntervalSeconds() > 0 ? source.maxIntervalSeconds() : config.defaultMaxIntervalSeconds();
        return Math.max(max, minSeconds(source));
    }

    public FeedState initial(Source source) {
        return FeedState.initial(minSeconds(source));
    }

    public FeedState next(Source source, FeedState previous, PollResult result, Instant now) {
        long min = minSeconds(source);
        long max = maxSeconds(source);
        long interval = Math.max(min, Math.min(max, previous.intervalSeconds()));
        if (!result.ok()) {
            int failures = previous.failures() + 1;
            long delay = Math.min(config.failureBackoffMaxSeconds(), min << Math.min(failures, 30));
            return new FeedState(previous.etag(), previous.lastModified(), previous.bodyHash(), interval, failures,
                    previous.lastSuccess(), previous.lastNewItem(), now.plusSeconds(delay));
        }
        if (result.newItems() > 0) {
            interval = Math.max(min, interval / 2);
        } else {
            interval = Math.min(max, interval + Math.max(1, interval / 2));
        }
        return new FeedState(result.etag(), result.lastModified(), result.bodyHash(), interval, 0, now,
                result.newItems() > 0 ? now : previous.lastNewItem(), now.plusSeconds(interval));
    }
}
