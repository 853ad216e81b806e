package vn.tinradar.analyze.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.landslide;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;

/** The Lucene index as a Kafka Streams state store: files in the task's state dir, kept across close and reopen. */
class ArticleIndexStoreTest {

    @TempDir
    Path stateDir;
    final AnalyzeMetrics metrics = new AnalyzeMetrics(new SimpleMeterRegistry());
    final KeywordTestScorer scorer = new KeywordTestScorer();

    @Test
    void keepsItsDocumentsInTheTaskStateDirAcrossCloseAndReopen() {
        ArticleIndexStore store = open();
        for (int i = 0; i < 3; i++) {
            store.index().upsert(scorer.score(landslide(i, at("2026-11-20T08:00:00").plusHours(i))), i);
        }
        store.commit(java.util.Map.of());
        store.close();
        assertThat(metrics.indexedDocuments()).isZero();

        ArticleIndexStore reopened = open();
        try {
            assertThat(Files.isDirectory(stateDir.resolve("0_0").resolve(IndexingProcessor.INDEX_STORE))).isTrue();
            assertThat(reopened.index().documentCount()).isEqualTo(3);
            assertThat(reopened.index().committedOffset()).isEqualTo(2);
            assertThat(metrics.indexedDocuments()).isEqualTo(3);
        } finally {
            reopened.close();
        }
    }

    @Test
    void closeIsSafeTwiceAndQueriesSeeNoShardAfterIt() {
        ArticleIndexStore store = open();
        store.close();
        store.close();

        assertThat(store.isOpen()).isFalse();
        assertThat(store.shards()).isEmpty();
    }

    private ArticleIndexStore open() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tinradar.analyze-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<String, String> context = new MockProcessorContext<>(props, new TaskId(0, 0),
                stateDir.resolve("0_0").toFile());
        ArticleIndexStore store = (ArticleIndexStore) ArticleIndexStore
                .builder(IndexingProcessor.INDEX_STORE, AnalyzeConfig.defaults(), metrics, new TaskShards())
                .build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
