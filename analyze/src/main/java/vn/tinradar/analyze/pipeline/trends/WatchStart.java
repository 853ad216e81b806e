package vn.tinradar.analyze.pipeline.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Turns each scored article into its trend hits, stamped with the time analyze began watching the flow: the end of
 * the first hour (article time) whose past 24 hours held {@code trend-watch-min-articles-per-day} articles, relevant
 * or not, on this task's partition (issue 11). From then on a key's silence is a count of zero; before it, hits are
 * stamped {@link TrendHit#NOT_WATCHING}. Store {@value #STORE} (logged, so a restart keeps it) holds the start and
 * the hourly counts of the hours before it, so its size is bounded by the unwatched time plus a day.
 */
public final class WatchStart implements Processor<String, ScoredArticle, String, TrendHit> {

    public static final String STORE = "trends-watching-since";
    private static final String SINCE_KEY = "since";
    private static final String HOUR_PREFIX = "hour|";
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();
    private static final int HOURS_PER_DAY = 24;
    private static final Logger LOG = LoggerFactory.getLogger(WatchStart.class);

    private final TrendKeys trendKeys;
    private final int minArticlesPerDay;
    private ProcessorContext<String, TrendHit> context;
    private KeyValueStore<String, Long> store;
    private long since = Long.MAX_VALUE;
    private long latestRecordTime = Long.MIN_VALUE;

    /** @param minArticlesPerDay articles a partition must carry within 24 hours for its flow to count as watched */
    public WatchStart(TrendKeys trendKeys, int minArticlesPerDay) {
        if (minArticlesPerDay < 1) {
            throw new IllegalArgumentException("minArticlesPerDay must be >= 1 but was " + minArticlesPerDay);
        }
        this.trendKeys = trendKeys;
        this.minArticlesPerDay = minArticlesPerDay;
    }

    public static ProcessorSupplier<String, ScoredArticle, String, TrendHit> supplier(TrendKeys trendKeys,
                                                                                    int minArticlesPerDay) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ScoredArticle, String, TrendHit> get() {
                return new WatchStart(trendKeys, minArticlesPerDay);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        Serdes.Long()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, TrendHit> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        Long stored = store.get(SINCE_KEY);
        since = stored == null ? Long.MAX_VALUE : stored;
    }

    @Override
    public void process(Record<String, ScoredArticle> record) {
        latestRecordTime = Math.max(latestRecordTime, record.timestamp());
        // the same cap as the detector's: a mis-dated article from the future does not move the start
        long time = Math.min(TrendKeys.articleTime(record.value().article()),
                latestRecordTime + TrendDetector.FUTURE_TOLERANCE_MS);
        if (time > 0) {
            count(time, record.value().id());
        }
        for (TrendHit hit : trendKeys.of(record.value())) {
            TrendHit stamped = hit.watchedSince(since == Long.MAX_VALUE ? TrendHit.NOT_WATCHING : since);
            context.forward(record.withKey(hit.trendKey()).withValue(stamped));
        }
    }

    /** Counts the article in its hour and moves the start earlier when a day around it reaches the volume. */
    private void count(long time, String articleId) {
        long hour = Math.floorDiv(time, HOUR_MS) * HOUR_MS;
        if (hour + HOUR_MS >= since) {
            // every day holding this hour ends at or after the start already known: it cannot move it earlier
            return;
        }
        String hourKey = hourKey(hour);
        Long old = store.get(hourKey);
        store.put(hourKey, (old == null ? 0 : old) + 1);
        // an article arriving late can complete a day that ends after its own hour: try each of them, earliest first
        Map<Long, Long> counts = counts(hour - (HOURS_PER_DAY - 1) * HOUR_MS, hour + HOURS_PER_DAY * HOUR_MS);
        for (int end = 0; end < HOURS_PER_DAY; end++) {
            long lastHour = hour + end * HOUR_MS;
            long total = 0;
            for (int back = 0; back < HOURS_PER_DAY; back++) {
                total += counts.getOrDefault(lastHour - back * HOUR_MS, 0L);
            }
            if (total >= minArticlesPerDay) {
                long start = lastHour + HOUR_MS;
                if (start < since) {
                    since = start;
                    store.put(SINCE_KEY, since);
                    LOG.info("event=trend-watching-since since={} articles-in-day={} article={}",
                            Instant.ofEpochMilli(since), total, articleId);
                }
                return;
            }
        }
    }

    /**
     * What the store of one partition says at {@code now}: watching since when, or the articles of the 24 hours up to
     * and including now's hour, the same day this processor sums (the query side reads it, issue 11).
     */
    public static PartitionWatch read(int partition, ReadOnlyKeyValueStore<String, Long> store, Instant now) {
        Long stored = store.get(SINCE_KEY);
        if (stored != null) {
            return PartitionWatch.watching(partition, Instant.ofEpochMilli(stored));
        }
        long lastHour = Math.floorDiv(now.toEpochMilli(), HOUR_MS) * HOUR_MS;
        long total = 0;
        try (KeyValueIterator<String, Long> it = store.range(hourKey(lastHour - (HOURS_PER_DAY - 1) * HOUR_MS),
                hourKey(lastHour))) {
            while (it.hasNext()) {
                total += it.next().value;
            }
        }
        return PartitionWatch.notWatching(partition, total);
    }

    private Map<Long, Long> counts(long fromHour, long toHour) {
        Map<Long, Long> counts = new HashMap<>();
        try (KeyValueIterator<String, Long> it = store.range(hourKey(fromHour), hourKey(toHour - 1))) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                counts.put(Long.parseLong(kv.key.substring(HOUR_PREFIX.length())), kv.value);
            }
        }
        return counts;
    }

    private static String hourKey(long hour) {
        // zero-padded so the store's byte order is time order (times before 1970 do not occur)
        return HOUR_PREFIX + String.format("%013d", Math.max(0, hour));
    }
}
