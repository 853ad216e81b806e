package vn.tinradar.analyze.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Meters of the analyze stage. As scraped (Prometheus names):
 * <ul>
 *   <li>{@code tinradar_analyze_articles_total{stage}}: articles per pipeline stage
 *       (stage: in, duplicate, updated, scored, copy, indexed, rejected)</li>
 *   <li>{@code tinradar_analyze_failures_total{step}}: per-record failures that were contained
 *       (step: cluster, index, claims)</li>
 *   <li>{@code tinradar_analyze_index_documents}: documents in the local Lucene index shards</li>
 *   <li>{@code tinradar_analyze_index_size_bytes}: bytes on disk of the local Lucene index shards</li>
 *   <li>{@code tinradar_analyze_index_catchups_total}: index shards that started catching up from their articles
 *       store (one per indexing task started here: more than the partitions gained means tasks were restarted)</li>
 *   <li>{@code tinradar_analyze_stories_total{event}}: story updates (event: created, grown, merged)</li>
 *   <li>{@code tinradar_analyze_peer_requests_total{call,result}}: requests to other analyze instances
 *       (call: stats, search, article, stories, trends, trend-watch, forecast; result: ok, failed)</li>
 *   <li>{@code tinradar_analyze_trends_emitted_total{kind,backfill}}: trend records written</li>
 *   <li>{@code tinradar_analyze_trends_partitions}: partitions of articles.scored processed here (issue 11)</li>
 *   <li>{@code tinradar_analyze_trends_partitions_watching}: those of them watched for trend bursts; fewer than the
 *       partitions means some raise no burst of their own yet</li>
 * </ul>
 */
public final class AnalyzeMetrics {

    /** Stages of {@code tinradar.analyze.articles}: a closed set, so the tag never grows. */
    public enum Stage {
        IN, DUPLICATE, UPDATED, SCORED, COPY, INDEXED, REJECTED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a metered index shard reports; implemented by the Lucene state store. */
    public interface IndexGauges {
        long documentCount();

        long sizeBytes();

        /** A standby task's copy, kept warm for a take-over: not searched here, so counted apart. */
        default boolean standby() {
            return false;
        }
    }

    /** What the trend-watch gauges read at each scrape. */
    public interface WatchGauges {
        long partitions();

        long watching();
    }

    private final MeterRegistry registry;
    private final Set<IndexGauges> shards = ConcurrentHashMap.newKeySet();

    public AnalyzeMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("tinradar.analyze.index.documents", this, m -> m.sum(false, IndexGauges::documentCount))
                .description("Documents in the local Lucene index shards").register(registry);
        Gauge.builder("tinradar.analyze.index.size", this, m -> m.sum(null, IndexGauges::sizeBytes))
                .baseUnit("bytes").description("Bytes on disk of the local Lucene index shards, standby copies included")
                .register(registry);
        Gauge.builder("tinradar.analyze.index.standby.documents", this, m -> m.sum(true, IndexGauges::documentCount))
                .description("Documents in the Lucene shards of standby tasks, kept for a take-over")
                .register(registry);
        for (Stage stage : Stage.values()) {
            counter(stage); // registered up front so dashboards show zeros, not gaps
        }
        catchUps();
        reindexed();
        standbyIndexed();
    }

    public void article(Stage stage) {
        counter(stage).increment();
    }

    /** How many articles passed {@code stage} since start, as the counter shows. */
    public double articles(Stage stage) {
        return counter(stage).count();
    }

    /** An index shard started catching up from its articles store (its task started on this instance). */
    public void indexCatchUpStarted() {
        catchUps().increment();
    }

    /** A catch-up re-indexed {@code articles} articles its shard did not hold. */
    public void indexCatchUpReindexed(long articles) {
        reindexed().increment(articles);
    }

    /** How many articles catch-ups re-indexed since start, as the counter shows. */
    public double reindexedArticles() {
        return reindexed().count();
    }

    /** A standby task indexed {@code articles} articles it restored from the articles store's changelog. */
    public void standbyIndexed(long articles) {
        standbyIndexed().increment(articles);
    }

    private Counter reindexed() {
        return Counter.builder("tinradar.analyze.index.catchup.reindexed")
                .description("Articles re-indexed by catch-ups from the articles store").register(registry);
    }

    private Counter standbyIndexed() {
        return Counter.builder("tinradar.analyze.index.standby.indexed")
                .description("Articles a standby task indexed as it restored them").register(registry);
    }

    private Counter catchUps() {
        return Counter.builder("tinradar.analyze.index.catchups")
                .description("Index shards that started catching up from their articles store").register(registry);
    }

    public void failure(String step) {
        Counter.builder("tinradar.analyze.failures").description("Per-record failures contained by a step")
                .tag("step", step).register(registry).increment();
    }

    public void story(boolean created) {
        Counter.builder("tinradar.analyze.stories").description("Story updates written")
                .tag("event", created ? "created" : "grown").register(registry).increment();
    }

    /** A story absorbed by another one (a bridging article showed them to be one event). */
    public void storiesMerged() {
        Counter.builder("tinradar.analyze.stories").description("Story updates written")
                .tag("event", "merged").register(registry).increment();
    }

    /** One request to another analyze instance and whether it answered in time. */
    public void peerRequest(String call, boolean ok) {
        Counter.builder("tinradar.analyze.peer.requests").description("Requests to other analyze instances")
                .tag("call", call).tag("result", ok ? "ok" : "failed").register(registry).increment();
    }

    public void trendEmitted(String kind, boolean backfill) {
        Counter.builder("tinradar.analyze.trends.emitted").description("Trend records written")
                .tag("kind", kind).tag("backfill", Boolean.toString(backfill)).register(registry).increment();
    }

    /** Registers the gauges of the trend watch (one source per registry: a second one is ignored). */
    public void trendWatch(WatchGauges watch) {
        // held strongly: the caller keeps no other reference, and a collected source would read NaN
        Gauge.builder("tinradar.analyze.trends.partitions", watch, WatchGauges::partitions).strongReference(true)
                .description("Partitions of articles.scored processed here").register(registry);
        Gauge.builder("tinradar.analyze.trends.partitions.watching", watch, WatchGauges::watching)
                .strongReference(true)
                .description("Partitions processed here that are watched for trend bursts").register(registry);
    }

    public void addShard(IndexGauges shard) {
        shards.add(shard);
    }

    public void removeShard(IndexGauges shard) {
        shards.remove(shard);
    }

    /** Documents over all local shards of active tasks, the same number the gauge shows. */
    public long indexedDocuments() {
        return sum(false, IndexGauges::documentCount);
    }

    /** Documents over the local shards of standby tasks. */
    public long standbyDocuments() {
        return sum(true, IndexGauges::documentCount);
    }

    private Counter counter(Stage stage) {
        return Counter.builder("tinradar.analyze.articles").description("Articles per pipeline stage")
                .tag("stage", stage.tag()).register(registry);
    }

    /** Sums over the active shards, the standby ones, or all ({@code standby} null). */
    private long sum(Boolean standby, ToLongFunction<IndexGauges> f) {
        long total = 0;
        for (IndexGauges shard : shards) {
            try {
                if (standby != null && shard.standby() != standby) {
                    continue;
                }
                total += f.applyAsLong(shard);
            } catch (RuntimeException e) {
                // a shard closing during a scrape just drops out of this sample
            }
        }
        return total;
    }
}
