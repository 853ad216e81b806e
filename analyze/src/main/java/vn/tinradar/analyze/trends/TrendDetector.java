package vn.tinradar.analyze.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import vn.tinradar.analyze.AnalyzeConfig;
import vn.tinradar.analyze.AnalyzeMetrics;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * Counts articles per trend key in hopping windows of ARTICLE time and emits a {@link Trend} when the latest
 * window holding an article is a burst against its baseline.
 *
 * <p>Input: {@link TrendHit}s keyed by {@code kind:key} (repartitioned through {@value #REPARTITION}). Output:
 * {@code trends}, keyed {@code kind:key}, one record per article while its window is a burst. State:
 * {@value #BUCKETS_STORE} (hop-long slices, kept for the baseline weeks plus a day and a window) and
 * {@value #LATEST_STORE} (latest trend per key, for the API, kept a week). The baseline is the larger of the same
 * window in the previous weeks and the mean window of the previous hours, never below a floor, so a steady flow
 * is not a burst even without history. An article older than the grace (relative to the latest record time seen)
 * is counted, so it feeds later baselines, but any trend it completes is marked {@code backfill}: old news
 * arriving late never fires an alert.
 */
public final class TrendDetector implements Processor<String, TrendHit, String, Trend> {

    public static final String REPARTITION = "trend-keys";
    public static final String BUCKETS_STORE = "trends-buckets";
    public static final String LATEST_STORE = "trends-latest";
    private static final long WEEK_MS = Duration.ofDays(7).toMillis();
    /** An article dated this far after the latest record time is mis-dated: it counts at "now". */
    private static final long FUTURE_TOLERANCE_MS = Duration.ofMinutes(10).toMillis();

    private final AnalyzeConfig config;
    private final AnalyzeMetrics metrics;
    private final long windowMs;
    private final long advanceMs;
    private final long graceMs;
    private final long recentMs;
    private ProcessorContext<String, Trend> context;
    private KeyValueStore<String, TrendBucket> buckets;
    private KeyValueStore<String, Trend> latest;
    private long now = Long.MIN_VALUE;

    public TrendDetector(AnalyzeConfig config, AnalyzeMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.windowMs = config.trendWindow().toMillis();
        this.advanceMs = config.trendAdvance().toMillis();
        this.graceMs = config.trendGrace().toMillis();
        this.recentMs = Duration.ofHours(config.baselineRecentHours()).toMillis();
    }

    public static ProcessorSupplier<String, TrendHit, String, Trend> supplier(AnalyzeConfig config,
                                                                             AnalyzeMetrics metrics) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, TrendHit, String, Trend> get() {
                return new TrendDetector(config, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.<StoreBuilder<?>>of(
                        // cached: a bursting key rewrites its latest slice per article, its changelog once per commit
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BUCKETS_STORE), Serdes.String(),
                                new JsonSerde<>(TrendBucket.class)).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_STORE), Serdes.String(),
                                new JsonSerde<>(Trend.class)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Trend> context) {
        this.context = context;
        this.buckets = context.getStateStore(BUCKETS_STORE);
        this.latest = context.getStateStore(LATEST_STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::prune);
    }

    /** (count − baseline) / √baseline: how many "standard deviations" of a Poisson count above expectation. */
    public static double burstScore(long count, double baseline) {
        return (count - baseline) / Math.sqrt(baseline);
    }

    @Override
    public void process(Record<String, TrendHit> record) {
        now = Math.max(now, record.timestamp());
        TrendHit hit = record.value();
        String trendKey = hit.trendKey();
        long time = Math.min(hit.articleTime(), now + FUTURE_TOLERANCE_MS);
        long bucketStart = Math.floorDiv(time, advanceMs) * advanceMs;
        String bucketKey = bucketKey(trendKey, bucketStart);
        TrendBucket bucket = buckets.get(bucketKey);
        buckets.put(bucketKey, (bucket == null ? TrendBucket.empty() : bucket).add(hit));

        // the latest hopping window that holds this article: the one a live reader is watching
        long windowEnd = bucketStart + advanceMs;
        long windowStart = windowEnd - windowMs;
        Counts window = sum(trendKey, windowStart, windowEnd);
        double baseline = baseline(trendKey, windowStart, windowEnd);
        double score = burstScore(window.count, baseline);
        if (window.count < config.burstMinCount() || score < config.burstMinScore()) {
            return;
        }
        boolean backfill = hit.articleTime() < now - graceMs;
        Trend trend = new Trend(Trend.VERSION, hit.kind(), hit.key(), hit.label(), Instant.ofEpochMilli(windowStart),
                Instant.ofEpochMilli(windowEnd), window.count, baseline, score, window.negative,
                window.sources.size(), window.samples.stream().limit(config.trendSampleArticles()).toList(),
                backfill);
        Trend previous = latest.get(trendKey);
        if (previous == null || !previous.windowEnd().isAfter(trend.windowEnd())) {
            latest.put(trendKey, trend);
        }
        metrics.trendEmitted(hit.kind(), backfill);
        context.forward(record.withKey(trendKey).withValue(trend));
    }

    private double baseline(String trendKey, long windowStart, long windowEnd) {
        double seasonal = 0;
        for (int week = 1; week <= config.baselineWeeks(); week++) {
            seasonal += sum(trendKey, windowStart - week * WEEK_MS, windowEnd - week * WEEK_MS).count;
        }
        seasonal /= config.baselineWeeks();
        double recent = sum(trendKey, windowStart - recentMs, windowStart).count * (double) windowMs / recentMs;
        return Math.max(config.baselineFloor(), Math.max(seasonal, recent));
    }

    private Counts sum(String trendKey, long from, long to) {
        Counts counts = new Counts();
        try (KeyValueIterator<String, TrendBucket> it = buckets.range(bucketKey(trendKey, from),
                bucketKey(trendKey, to - 1))) {
            while (it.hasNext()) {
                TrendBucket b = it.next().value;
                counts.count += b.count();
                counts.negative += b.negativeCount();
                counts.sources.addAll(b.sources());
                counts.samples.addAll(0, b.articleIds()); // later slices first
            }
        }
        return counts;
    }

    static String bucketKey(String trendKey, long bucketStart) {
        // zero-padded so the store's byte order is time order within a key (times before 1970 do not occur)
        return trendKey + "|" + String.format("%013d", Math.max(0, bucketStart));
    }

    private void prune(long streamTime) {
        long bucketHorizon = streamTime - config.baselineWeeks() * WEEK_MS - windowMs - recentMs;
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, TrendBucket> it = buckets.all()) {
            while (it.hasNext()) {
                String key = it.next().key;
                if (Long.parseLong(key.substring(key.lastIndexOf('|') + 1)) < bucketHorizon) {
                    old.add(key);
                }
            }
        }
        old.forEach(buckets::delete);
        long latestHorizon = streamTime - WEEK_MS;
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, Trend> it = latest.all()) {
            while (it.hasNext()) {
                KeyValue<String, Trend> kv = it.next();
                if (kv.value.windowEnd().toEpochMilli() < latestHorizon) {
                    stale.add(kv.key);
                }
            }
        }
        stale.forEach(latest::delete);
    }

    private static final class Counts {
        long count;
        long negative;
        final Set<String> sources = new LinkedHashSet<>();
        final List<String> samples = new ArrayList<>();
    }
}
