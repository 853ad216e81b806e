package vn.tinradar.analyze.pipeline.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * Counts articles per trend key in hopping windows of ARTICLE time (one hour hopping by five minutes, and one day
 * hopping by an hour, by default) and emits a {@link Trend} when the latest window holding an article is a burst
 * against its baseline, or when its negative articles surge against theirs.
 *
 * <p>Input: {@link TrendHit}s keyed by {@code kind:key} (repartitioned through {@value #REPARTITION}). Output:
 * {@code trends}, keyed {@code kind:key}, one record per article and window length while that window bursts or
 * surges. State per window length ({@link TrendWindow}): hop-long slices (kept for the baseline weeks plus the
 * recent baseline and a window) and the latest trend per key (for the API, kept a week). The baseline is the larger
 * of the same window in the previous weeks and the mean window of the recent past, never below a floor, so a
 * steady flow is not a burst even without history (the recent mean covers only the time since the task began
 * counting, so a fresh start with two days of history does not average them over a week; counting begins when
 * {@link WatchStart} saw the flow reach a day's normal volume, relevant or not, so a key the press rarely names has a
 * zero baseline, not none, while a dump's thin first days are no baseline at all). Before {@code
 * trend-min-history-hours} of counting nothing is a burst (a first crawl's history, or a fresh start's first day, would
 * sit against no baseline); a window that began earlier and ends later is judged on its part from then on, against the
 * rate of the hours counted before that part, so a four-day window is not blind for its first four days; the negative
 * baseline is computed the same way from negative articles. Event time, not arrival, places an article: one arriving
 * out of order within the grace counts in its own window as if on time; one older than the grace (against the latest record time seen) is counted, so it feeds
 * later baselines, but any trend it completes is marked {@code backfill}: old news arriving late never fires an
 * alert. An article dated in the future counts at "now".
 */
public final class TrendDetector implements Processor<String, TrendHit, String, Trend> {

    public static final String REPARTITION = "trend-keys";
    public static final String BUCKETS_STORE = "trends-buckets";
    public static final String LATEST_STORE = "trends-latest";
    public static final String SINCE_STORE = "trends-counting-since";
    /**
     * Per window length and key, the newest hit whose window could not be judged yet because watching had not begun
     * early enough: judged again when the watch start moves back (a crawl that brings the live burst before the
     * history), so the burst does not depend on the order the articles came in.
     */
    public static final String WARMING_STORE = "trends-warming-up";
    private static final String SINCE_KEY = "since";
    private static final Logger LOG = LoggerFactory.getLogger(TrendDetector.class);
    private static final long WEEK_MS = Duration.ofDays(7).toMillis();
    /** An article dated this far after the latest record time is mis-dated: it counts at "now". */
    static final long FUTURE_TOLERANCE_MS = Duration.ofMinutes(10).toMillis();
    /** Fewest articles in a window that does not burst for the DEBUG trace to name it. */
    private static final int QUIET_TRACE_MIN_COUNT = 3;

    private final AnalyzeConfig config;
    private final AnalyzeMetrics metrics;
    private final List<TrendWindow> windows;
    private final long graceMs;
    private final long minHistoryMs;
    private ProcessorContext<String, Trend> context;
    private final Map<String, KeyValueStore<String, TrendBucket>> buckets = new HashMap<>();
    private final Map<String, KeyValueStore<String, Trend>> latest = new HashMap<>();
    private KeyValueStore<String, Long> sinceStore;
    private KeyValueStore<String, TrendHit> warmingStore;
    private long now = Long.MIN_VALUE;
    /**
     * When analyze began watching the flow (the earliest {@link WatchStart} stamp, else the earliest article counted
     * on hits written before stamps): before it, an empty slice means "not watched", not zero.
     */
    private long since = Long.MAX_VALUE;

    public TrendDetector(AnalyzeConfig config, AnalyzeMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.windows = TrendWindow.of(config);
        this.graceMs = config.trendGrace().toMillis();
        this.minHistoryMs = config.trendMinHistory().toMillis();
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
                Set<StoreBuilder<?>> stores = new LinkedHashSet<>();
                stores.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SINCE_STORE), Serdes.String(),
                        Serdes.Long()));
                stores.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WARMING_STORE), Serdes.String(),
                        new JsonSerde<>(TrendHit.class)));
                for (TrendWindow w : TrendWindow.of(config)) {
                    // cached: a bursting key rewrites its latest slice per article, its changelog once per commit
                    stores.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(w.bucketsStore()),
                            Serdes.String(), new JsonSerde<>(TrendBucket.class)).withCachingEnabled());
                    stores.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(w.latestStore()),
                            Serdes.String(), new JsonSerde<>(Trend.class)));
                }
                return stores;
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Trend> context) {
        this.context = context;
        for (TrendWindow w : windows) {
            buckets.put(w.name(), context.getStateStore(w.bucketsStore()));
            latest.put(w.name(), context.getStateStore(w.latestStore()));
        }
        sinceStore = context.getStateStore(SINCE_STORE);
        warmingStore = context.getStateStore(WARMING_STORE);
        Long stored = sinceStore.get(SINCE_KEY);
        since = stored == null ? Long.MAX_VALUE : stored;
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::prune);
    }

    /** The earliest window start that can be a burst: counting must have gone on for the minimum history first. */
    long burstsFrom() {
        return since == Long.MAX_VALUE ? Long.MAX_VALUE : since + minHistoryMs;
    }

    /** (count − baseline) / √baseline: how many "standard deviations" of a Poisson count above expectation. */
    public static double burstScore(long count, double baseline) {
        return (count - baseline) / Math.sqrt(baseline);
    }

    @Override
    public void process(Record<String, TrendHit> record) {
        now = Math.max(now, record.timestamp());
        TrendHit hit = record.value();
        long time = Math.min(hit.articleTime(), now + FUTURE_TOLERANCE_MS);
        // a hit counted in a thin stretch before watching began is counted, but moves no start
        long watching = hit.watchingSince() == null ? time : hit.watchingSince();
        boolean movedBack = false;
        if (watching < since) {
            movedBack = since != Long.MAX_VALUE;
            since = watching;
            sinceStore.put(SINCE_KEY, since);
            LOG.info("event=trend-baseline-warming-up counting-since={} bursts-from={}", Instant.ofEpochMilli(since),
                    Instant.ofEpochMilli(burstsFrom()));
        }
        boolean backfill = hit.articleTime() < now - graceMs;
        for (TrendWindow w : windows) {
            Trend trend = count(w, hit, time, backfill);
            if (trend != null) {
                metrics.trendEmitted(hit.kind(), backfill);
                context.forward(record.withKey(hit.trendKey()).withValue(trend));
            }
        }
        if (movedBack) {
            judgeWarmingUp(record);
        }
    }

    /** Judges again the windows skipped while watching had not begun early enough, now that it began earlier. */
    private void judgeWarmingUp(Record<String, TrendHit> record) {
        List<KeyValue<String, TrendHit>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, TrendHit> it = warmingStore.all()) {
            it.forEachRemaining(waiting::add);
        }
        for (KeyValue<String, TrendHit> kv : waiting) {
            TrendWindow w = windowNamed(kv.key.substring(0, kv.key.indexOf('|')));
            TrendHit hit = kv.value;
            long time = Math.min(hit.articleTime(), now + FUTURE_TOLERANCE_MS);
            if (w == null || warmingUp(w, time)) {
                continue;
            }
            warmingStore.delete(kv.key);
            Trend trend = judge(w, hit, time, hit.articleTime() < now - graceMs);
            if (trend != null) {
                LOG.info("event=trend-judged-after-watch-moved key={} window={} start={} count={}", hit.trendKey(),
                        w.name(), trend.windowStart(), trend.count());
                metrics.trendEmitted(hit.kind(), trend.backfill());
                context.forward(record.withKey(hit.trendKey()).withValue(trend));
            }
        }
    }

    private TrendWindow windowNamed(String name) {
        return windows.stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
    }

    /** Whether the latest window holding {@code time} ends before the first time a burst can be judged. */
    private boolean warmingUp(TrendWindow w, long time) {
        long windowEnd = Math.floorDiv(time, w.advanceMs()) * w.advanceMs() + w.advanceMs();
        return judgedFrom(w) >= windowEnd;
    }

    private long judgedFrom(TrendWindow w) {
        return burstsFrom() == Long.MAX_VALUE ? Long.MAX_VALUE
                : Math.floorDiv(burstsFrom() + w.advanceMs() - 1, w.advanceMs()) * w.advanceMs();
    }

    /** Adds the hit to its slice; returns the trend of the latest window holding it when it bursts or surges. */
    private Trend count(TrendWindow w, TrendHit hit, long time, boolean backfill) {
        KeyValueStore<String, TrendBucket> store = buckets.get(w.name());
        String trendKey = hit.trendKey();
        long bucketStart = Math.floorDiv(time, w.advanceMs()) * w.advanceMs();
        String bucketKey = bucketKey(trendKey, bucketStart);
        TrendBucket bucket = store.get(bucketKey);
        store.put(bucketKey, (bucket == null ? TrendBucket.empty() : bucket).add(hit, backfill));
        if (warmingUp(w, time)) {
            String waitingKey = w.name() + "|" + trendKey;
            TrendHit waiting = warmingStore.get(waitingKey);
            if (waiting == null || waiting.articleTime() < hit.articleTime()) {
                warmingStore.put(waitingKey, hit);
            }
        }
        return judge(w, hit, time, backfill);
    }

    /** The trend of the latest window holding {@code time} when it bursts or surges, else null. */
    private Trend judge(TrendWindow w, TrendHit hit, long time, boolean backfill) {
        KeyValueStore<String, TrendBucket> store = buckets.get(w.name());
        String trendKey = hit.trendKey();
        long bucketStart = Math.floorDiv(time, w.advanceMs()) * w.advanceMs();
        // the latest hopping window that holds this article: the one a live reader is watching
        long windowEnd = bucketStart + w.advanceMs();
        long windowStart = windowEnd - w.windowMs();
        if (windowStart < burstsFrom()) {
            // the window began before counting did, or too soon after: its early part sits against no baseline (or a
            // few hours of one), so only the part from the first counted day on is judged, if it is not empty yet
            long judgedFrom = judgedFrom(w);
            if (judgedFrom >= windowEnd) {
                if (LOG.isDebugEnabled()) {
                    Counts early = sum(store, trendKey, windowStart, windowEnd);
                    if (early.count >= QUIET_TRACE_MIN_COUNT) {
                        LOG.debug("event=trend-window-warming-up key={} window={} start={} count={} bursts-from={}",
                                trendKey, w.name(), Instant.ofEpochMilli(windowStart), early.count,
                                burstsFrom() == Long.MAX_VALUE ? "not-watching-yet" : Instant.ofEpochMilli(burstsFrom()));
                    }
                }
                return null;
            }
            windowStart = judgedFrom;
        }
        Counts window = sum(store, trendKey, windowStart, windowEnd);
        double[] baseline = baseline(w, store, trendKey, windowStart, windowEnd);
        double expected = Math.max(config.baselineFloor(), baseline[0]);
        double score = burstScore(window.count, expected);
        double expectedNegative = Math.max(config.baselineFloor(), baseline[1]);
        double negativeSurge = burstScore(window.negative, expectedNegative);
        boolean burst = window.count >= config.burstMinCount() && score >= config.burstMinScore();
        boolean surge = window.negative >= config.burstMinCount() && negativeSurge >= config.burstMinScore()
                && (double) window.negative / window.count >= config.negativeSurgeMinShare();
        if (!burst && !surge) {
            if (LOG.isDebugEnabled() && window.count >= QUIET_TRACE_MIN_COUNT) {
                // the trace a replay reads to tell "analyze never saw a burst" from "a rule turned it down"
                LOG.debug("event=trend-window-quiet key={} window={} start={} count={} expected={} score={} "
                                + "negative={} negative-expected={} negative-surge={}", trendKey, w.name(),
                        Instant.ofEpochMilli(windowStart), window.count, round(expected), round(score), window.negative,
                        round(expectedNegative), round(negativeSurge));
            }
            return null;
        }
        // a window that is mostly old news arriving late (a new site's archive, then two live reports in the four-day
        // window) is back-fill too, whichever article completed it
        boolean mostlyLate = 2 * window.backfill > window.count;
        Trend trend = new Trend(Trend.VERSION, hit.kind(), hit.key(), hit.label(), Instant.ofEpochMilli(windowStart),
                Instant.ofEpochMilli(windowEnd), window.count, round(expected), round(score), window.negative,
                window.sources.size(), window.samples.stream().limit(config.trendSampleArticles()).toList(),
                backfill || mostlyLate, w.name(), round(expectedNegative), round(negativeSurge),
                window.negativeSamples.stream().limit(config.trendSampleArticles()).toList());
        KeyValueStore<String, Trend> latestStore = latest.get(w.name());
        Trend previous = latestStore.get(trendKey);
        if (previous == null || !previous.windowEnd().isAfter(trend.windowEnd())) {
            latestStore.put(trendKey, trend);
        }
        return trend;
    }

    /**
     * Expected counts {all, negative}: the larger of the same window in past weeks and the recent mean window.
     */
    private double[] baseline(TrendWindow w, KeyValueStore<String, TrendBucket> store, String trendKey, long windowStart,
                            long windowEnd) {
        double seasonal = 0;
        double seasonalNegative = 0;
        for (int week = 1; week <= config.baselineWeeks(); week++) {
            Counts c = sum(store, trendKey, windowStart - week * WEEK_MS, windowEnd - week * WEEK_MS);
            seasonal += c.count;
            seasonalNegative += c.negative;
        }
        seasonal /= config.baselineWeeks();
        seasonalNegative /= config.baselineWeeks();
        // the recent mean covers only the time this task has been counting (a fresh start knows a day, not a week)
        long span = Math.min(w.recentMs(), windowStart - since);
        Counts recent = span <= 0 ? new Counts() : sum(store, trendKey, windowStart - span, windowStart);
        // scaled to the length judged: the whole window, or its part after the first counted day
        double scale = span <= 0 ? 0 : (double) (windowEnd - windowStart) / span;
        return new double[] {Math.max(seasonal, recent.count * scale), Math.max(seasonalNegative, recent.negative * scale)};
    }

    private static Counts sum(KeyValueStore<String, TrendBucket> store, String trendKey, long from, long to) {
        Counts counts = new Counts();
        try (KeyValueIterator<String, TrendBucket> it = store.range(bucketKey(trendKey, from),
                bucketKey(trendKey, to - 1))) {
            while (it.hasNext()) {
                TrendBucket b = it.next().value;
                counts.count += b.count();
                counts.negative += b.negativeCount();
                counts.backfill += b.backfillCount();
                counts.sources.addAll(b.sources());
                counts.samples.addAll(0, b.articleIds()); // later slices first
                if (b.negativeIds() != null) {
                    counts.negativeSamples.addAll(0, b.negativeIds());
                }
            }
        }
        return counts;
    }

    /** How long a slice of the window is kept: the baseline weeks, the window itself and its recent baseline. */
    public static Duration retention(AnalyzeConfig config, TrendWindow w) {
        return Duration.ofMillis(config.baselineWeeks() * WEEK_MS + w.windowMs() + w.recentMs());
    }

    static String bucketKey(String trendKey, long bucketStart) {
        // zero-padded so the store's byte order is time order within a key (times before 1970 do not occur)
        return trendKey + "|" + String.format("%013d", Math.max(0, bucketStart));
    }

    private void prune(long streamTime) {
        for (TrendWindow w : windows) {
            long bucketHorizon = streamTime - retention(config, w).toMillis();
            KeyValueStore<String, TrendBucket> store = buckets.get(w.name());
            List<String> old = new ArrayList<>();
            try (KeyValueIterator<String, TrendBucket> it = store.all()) {
                while (it.hasNext()) {
                    String key = it.next().key;
                    if (Long.parseLong(key.substring(key.lastIndexOf('|') + 1)) < bucketHorizon) {
                        old.add(key);
                    }
                }
            }
            old.forEach(store::delete);
            long latestHorizon = streamTime - WEEK_MS;
            KeyValueStore<String, Trend> latestStore = latest.get(w.name());
            List<String> stale = new ArrayList<>();
            try (KeyValueIterator<String, Trend> it = latestStore.all()) {
                while (it.hasNext()) {
                    KeyValue<String, Trend> kv = it.next();
                    if (kv.value.windowEnd().toEpochMilli() < latestHorizon) {
                        stale.add(kv.key);
                    }
                }
            }
            stale.forEach(latestStore::delete);
        }
        // a skipped window that has passed can no longer be the one a live reader watches
        long longest = windows.stream().mapToLong(TrendWindow::windowMs).max().orElse(0);
        List<String> passed = new ArrayList<>();
        try (KeyValueIterator<String, TrendHit> it = warmingStore.all()) {
            while (it.hasNext()) {
                KeyValue<String, TrendHit> kv = it.next();
                if (kv.value.articleTime() < streamTime - longest - graceMs) {
                    passed.add(kv.key);
                }
            }
        }
        passed.forEach(warmingStore::delete);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static final class Counts {
        long count;
        long negative;
        long backfill;
        final Set<String> sources = new LinkedHashSet<>();
        final List<String> samples = new ArrayList<>();
        final List<String> negativeSamples = new ArrayList<>();
    }
}
