package vn.tinradar.analyze.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.pipeline.claims.ClaimsCatalog;
import vn.tinradar.analyze.pipeline.cluster.Clustered;
import vn.tinradar.analyze.pipeline.cluster.StoryClusterer;
import vn.tinradar.analyze.pipeline.dedup.Deduplicator;
import vn.tinradar.analyze.pipeline.dedup.SameTextDeduplicator;
import vn.tinradar.analyze.pipeline.index.IndexingProcessor;
import vn.tinradar.analyze.pipeline.intake.Normalizer;
import vn.tinradar.analyze.pipeline.intake.Outcome;
import vn.tinradar.analyze.pipeline.intake.RawArticleParser;
import vn.tinradar.analyze.pipeline.trends.TrendDetector;
import vn.tinradar.analyze.pipeline.trends.WatchStart;
import vn.tinradar.analyze.pipeline.trends.TrendHit;
import vn.tinradar.analyze.pipeline.trends.TrendKeys;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SavedSearch;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.kafka.JsonSerde;
import vn.tinradar.common.kafka.Topics;

/**
 * The analyze pipeline, declared in {@link #build} in the order of the diagram in DESIGN.md:
 *
 * <pre>
 * articles.raw ─► parse ─► normalise ─► dedup-by-id ─► [by source] dedup-by-text ─► score ─► [one partition]
 *  (bytes)          └─► ingest.rejected    (source-first-seen, engagement-observations)  claims ┘ (global store)
 *   ─► cluster-stories ─► stories (and tombstones of merged stories), stories.merges, articles.scored
 * articles.scored ─► index (articles-by-id + Lucene shard) ─► trend-keys ─► [by key] detect-bursts ─► trends
 * analyze.saved-searches ─► global store saved-searches-by-key (read by the search API)
 * </pre>
 *
 * <p>Reads {@code articles.raw} (id → Article, as bytes so a malformed record becomes a dead letter), and the
 * compacted {@code claims} and {@code analyze.saved-searches} into global stores every instance holds. Writes
 * {@code ingest.rejected} (Rejected), {@code articles.scored} (id → ScoredArticle), {@code stories} (story id →
 * Story), {@code stories.merges} (absorbed story id → StoryMerge) and {@code trends} (kind:key → Trend). It
 * reads its own {@code articles.scored} back to index it, so each Lucene shard follows one partition of that
 * topic and its offsets. Internal topics: {@value SameTextDeduplicator#REPARTITION} (partitioned by source),
 * {@value StoryClusterer#REPARTITION} (one partition) and {@value TrendDetector#REPARTITION}; every store is named
 * by the processor that owns it.
 */
public final class AnalyzeTopology {

    /** Global store of the staff's saved searches; the topology declares it, the query side reads and writes it. */
    public static final String SAVED_SEARCHES_STORE = "saved-searches-by-key";
    public static final String SAVED_SEARCHES_SOURCE = "saved-searches-in";

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeTopology.class);

    private AnalyzeTopology() {
    }

    /**
     * Declares the pipeline on a builder made from the application's settings, so that
     * {@code ensure.explicit.internal.resource.naming} can refuse a generated store or topic name.
     */
    public static Topology build(Properties streamsProps, AnalyzeConfig config, Topics topics, ArticleScorer scorer,
                                 AnalyzeMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProps)));
        Normalizer normalizer = new Normalizer();
        TrendKeys trendKeys = new TrendKeys(config.trendTopicMinScore());
        ClaimsCatalog claims = new ClaimsCatalog();

        // reviewed claims staff manage: every instance holds all of them, to match articles against
        builder.addGlobalStore(ClaimsCatalog.storeBuilder(), topics.claims.name(),
                topics.claims.consumed().withName(ClaimsCatalog.SOURCE), claims.updater());
        // saved searches of every user, for the search API of any instance
        builder.globalTable(topics.savedSearches.name(), topics.savedSearches.consumed()
                .withName(SAVED_SEARCHES_SOURCE), Materialized.<String, SavedSearch, KeyValueStore<Bytes, byte[]>>as(
                        SAVED_SEARCHES_STORE).withKeySerde(Serdes.String())
                .withValueSerde(topics.savedSearches.valueSerde()));

        // raw bytes in, so one record that is not an Article is a dead letter and not a stopped stream thread
        KStream<String, Outcome<Article>> parsed = builder
                .stream(topics.articlesRaw.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("articles-raw"))
                .peek((id, bytes) -> metrics.article(AnalyzeMetrics.Stage.IN), Named.as("count-in"))
                .mapValues(RawArticleParser::parse, Named.as("parse"));
        deadLetters(parsed, "malformed", topics, metrics);

        KStream<String, Outcome<ScoredArticle>> scored = parsed
                .flatMapValues(Outcome::okValue, Named.as("well-formed"))
                // one canonical form (NFC, no markup) before anything hashes or compares text
                .mapValues(normalizer::normalize, Named.as("normalise"))
                // the same article delivered again (crawler restart, feed re-publish): dropped
                .processValues(Deduplicator.supplier(config.dedupWindow(), metrics), Named.as("dedup-by-id"))
                // the same text from the same source under another URL: dropped; all of a source in one task
                .selectKey((id, a) -> SameTextDeduplicator.key(a), Named.as("key-by-source-text"))
                .repartition(Repartitioned.<String, Article>as(SameTextDeduplicator.REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(Article.class))
                        .withStreamPartitioner(new SourcePartitioner()))
                .processValues(SameTextDeduplicator.supplier(config.dedupWindow(), metrics), Named.as("dedup-by-text"))
                // places, topics, sentiment, suspicion (knowing the source's first sighting and the reviewed
                // claims the article resembles): a pure Java scorer, in parallel over partitions
                .processValues(ScoringProcessor.supplier(scorer, claims, config, metrics), Named.as("score"));
        deadLetters(scored, "unscorable", topics, metrics);

        KStream<String, Clustered> clustered = scored
                .flatMapValues(Outcome::okValue, Named.as("scored"))
                .selectKey((key, s) -> s.id(), Named.as("key-by-article-id"))
                // any article may copy any other: all of them meet in one task, in arrival order
                .repartition(Repartitioned.<String, ScoredArticle>as(StoryClusterer.REPARTITION)
                        .withNumberOfPartitions(1)
                        .withKeySerde(Serdes.String()).withValueSerde(topics.articlesScored.valueSerde()))
                // near-verbatim copies → duplicateOf the earliest; same event across sources → one story
                .process(StoryClusterer.supplier(config, metrics), Named.as("cluster-stories"));
        clustered
                .filter((id, c) -> c.story() != null, Named.as("has-story"))
                // the story as it now is, and a tombstone for each story a bridging article merged into it
                .flatMap((id, c) -> storyRecords(c), Named.as("story-by-id"))
                .to(topics.stories.name(), topics.stories.produced().withName("stories"));
        clustered
                // which story each absorbed story is part of now, for readers holding an article's old story id
                .flatMap((id, c) -> mergeRecords(c), Named.as("story-merges-of-article"))
                .to(topics.storyMerges.name(), topics.storyMerges.produced().withName("story-merges"));
        clustered
                .mapValues(Clustered::article, Named.as("clustered-article"))
                .to(topics.articlesScored.name(), topics.articlesScored.produced().withName("articles-scored"));

        builder.stream(topics.articlesScored.name(), topics.articlesScored.consumed().withName("articles-scored-in"))
                // logged article store (the truth) + the Lucene shard derived from it; passes first versions on
                .processValues(IndexingProcessor.supplier(config, metrics), Named.as("index"))
                // one count per topic, place, topic-in-place and story, at the article's own time, stamped with the
                // time the flow reached a day's normal volume: from then on, a key's silence is a zero baseline
                .process(WatchStart.supplier(trendKeys, config.trendWatchMinArticlesPerDay()), Named.as("trend-keys"))
                .repartition(Repartitioned.<String, TrendHit>as(TrendDetector.REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(TrendHit.class)))
                // 1 h and 24 h hopping windows against their baselines (volume and negative articles);
                // back-filled articles are marked, never bursts
                .process(TrendDetector.supplier(config, metrics), Named.as("detect-bursts"))
                .to(topics.trends.name(), topics.trends.produced().withName("trends"));

        return builder.build(streamsProps);
    }

    private static List<KeyValue<String, Story>> storyRecords(Clustered c) {
        List<KeyValue<String, Story>> out = new ArrayList<>();
        c.mergedAway().forEach(id -> out.add(KeyValue.pair(id, null)));
        out.add(KeyValue.pair(c.story().id(), c.story()));
        return out;
    }

    private static List<KeyValue<String, StoryMerge>> mergeRecords(Clustered c) {
        if (c.story() == null) {
            return List.of();
        }
        Instant at = c.article().scoredAt();
        return c.mergedAway().stream()
                .map(id -> KeyValue.pair(id, new StoryMerge(id, c.story().id(), at))).toList();
    }

    /** Records a step could not use go to the rejected topic with their reason, counted and logged once. */
    private static <T> void deadLetters(KStream<String, Outcome<T>> outcomes, String step, Topics topics,
                                        AnalyzeMetrics metrics) {
        outcomes
                .filterNot((key, o) -> o.isOk(), Named.as(step + "-filter"))
                .mapValues(Outcome::rejected, Named.as(step + "-reason"))
                .peek((key, r) -> logRejected(key, r, metrics), Named.as(step + "-count"))
                .to(topics.rejected.name(), topics.rejected.produced().withName(step + "-rejected"));
    }

    private static void logRejected(String key, Rejected r, AnalyzeMetrics metrics) {
        metrics.article(AnalyzeMetrics.Stage.REJECTED);
        LOG.warn("event=rejected key={} reason={} detail=\"{}\"", key, r.reason(), r.detail());
    }
}
