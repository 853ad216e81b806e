package vn.tinradar.analyze;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;

/** One analyze service of a take-over test, on a real broker, with the counters such tests read. */
final class AnalyzeInstance implements AutoCloseable {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AnalyzeService service;

    AnalyzeInstance(AnalyzeConfig config, Topics topics, Properties kafka, Path dataDir) {
        service = new AnalyzeService(config, topics, kafka, dataDir, new KeywordTestScorer(), registry);
    }

    /** The shipped settings with a 100 ms commit interval, plus {@code moreAnalyzeLines} (YAML under analyze:). */
    static AnalyzeConfig config(String moreAnalyzeLines) {
        ConfigDocument mine = ConfigDocument.parse("takeover-test.yaml", "analyze:\n  commit-interval-ms: 100\n"
                + moreAnalyzeLines);
        return AnalyzeConfig.from(mine.overlay(ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE)));
    }

    /** Writes the articles to articles.scored as the scoring step does: scored, as JSON keyed by id. */
    static void writeScored(KafkaProducer<String, byte[]> producer, Topics topics, List<Article> articles)
            throws Exception {
        KeywordTestScorer scorer = new KeywordTestScorer();
        for (Article a : articles) {
            producer.send(new ProducerRecord<>(topics.articlesScored.name(), a.id(),
                    Json.mapper().writeValueAsBytes(scorer.score(a))));
        }
        producer.flush();
    }

    /** Index shards that started catching up here, as {@code tinradar_analyze_index_catchups_total} shows. */
    double catchUps() {
        return registry.get("tinradar.analyze.index.catchups").counter().count();
    }

    /** Articles those catch-ups re-indexed, as {@code tinradar_analyze_index_catchup_reindexed_total} shows. */
    double reindexed() {
        return registry.get("tinradar.analyze.index.catchup.reindexed").counter().count();
    }

    boolean running() {
        return service.streams().state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public void close() {
        service.close();
    }
}
