package vn.tinradar.analyze.pipeline;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;

/** The production topology in a TopologyTestDriver (exactly-once config, RocksDB and Lucene under a temp dir). */
final class TopologyHarness implements AutoCloseable {

    final Topics topics = Topics.withDefaultPrefix();
    final AnalyzeConfig config;
    final AnalyzeMetrics metrics = new AnalyzeMetrics(new SimpleMeterRegistry());
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> raw;
    final TestOutputTopic<String, ScoredArticle> scored;
    final TestOutputTopic<String, Story> stories;
    final TestOutputTopic<String, StoryMerge> merges;
    final TestOutputTopic<String, Trend> trends;
    final TestOutputTopic<String, Rejected> rejected;
    final TestInputTopic<String, Claim> claims;

    private static DefaultArticleScorer productScorer;

    /** The product's scorer with its bundled resources, loaded once for the test classes that need its signals. */
    static synchronized DefaultArticleScorer productScorer() {
        if (productScorer == null) {
            productScorer = DefaultArticleScorer.load(null);
        }
        return productScorer;
    }

    TopologyHarness(Path stateDir) {
        this(stateDir, AnalyzeConfig.defaults());
    }

    TopologyHarness(Path stateDir, AnalyzeConfig config) {
        this(stateDir, config, new KeywordTestScorer());
    }

    /** With another scorer, e.g. the product's, for signals that need the pipeline's context. */
    TopologyHarness(Path stateDir, AnalyzeConfig config, ArticleScorer scorer) {
        this.config = config;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tinradar.analyze-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(
                AnalyzeTopology.build(props, config, topics, scorer, metrics), props);
        raw = driver.createInputTopic(topics.articlesRaw.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        scored = output(topics.articlesScored.name(), topics.articlesScored.valueSerde());
        stories = output(topics.stories.name(), topics.stories.valueSerde());
        merges = output(topics.storyMerges.name(), topics.storyMerges.valueSerde());
        trends = output(topics.trends.name(), topics.trends.valueSerde());
        rejected = output(topics.rejected.name(), topics.rejected.valueSerde());
        claims = driver.createInputTopic(topics.claims.name(), Serdes.String().serializer(),
                topics.claims.valueSerde().serializer());
    }

    private <V> TestOutputTopic<String, V> output(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        return driver.createOutputTopic(name, Serdes.String().deserializer(), serde.deserializer());
    }

    /** Sends an article as ingest would, arriving at {@code arrival} (the record time). */
    void send(Article article, Instant arrival) {
        try {
            raw.pipeInput(article.id(), Json.mapper().writeValueAsBytes(article), arrival);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends an article arriving when it was published. */
    void send(Article article) {
        send(article, article.published().toInstant());
    }

    List<KeyValue<String, ScoredArticle>> scoredArticles() {
        return scored.readKeyValuesToList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
