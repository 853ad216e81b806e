package vn.tinradar.analyze.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.landslide;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.common.kafka.JsonSerde;

/** The articles store of a task indexes what it restores into the task's shard only when the task is a standby. */
class StandbyIndexingStoreTest {

    private static final String CHANGELOG = "tinradar.analyze-articles-by-id-changelog";

    @TempDir
    Path stateDir;
    private final AnalyzeMetrics metrics = new AnalyzeMetrics(new SimpleMeterRegistry());
    private final KeywordTestScorer scorer = new KeywordTestScorer();
    private final JsonSerde<StoredArticle> serde = new JsonSerde<>(StoredArticle.class);
    private final TaskShards shards = new TaskShards();
    private KeyValueStore<Bytes, byte[]> kept;
    private ArticleIndexStore shard;
    private StandbyIndexingStore articles;

    @AfterEach
    void close() {
        articles.close();
        shard.close();
    }

    @Test
    void aStandbyIndexesTheArticlesItRestoresAndItsShardIsCompleteUpToTheLast() {
        open(true);

        restore(reports(0, 3));

        assertThat(shard.index().documentCount()).isEqualTo(3);
        assertThat(shard.index().partial()).isFalse();
        shard.index().commit();
        assertThat(catchUp(reports(0, 3))).as("re-indexed when the task becomes active here").isZero();
    }

    @Test
    void anActiveTaskRestoresItsStoreWithoutIndexingSoItServesNewArticlesFirst() {
        open(false);

        restore(reports(0, 3));

        assertThat(shard.index().documentCount()).isZero();
        assertThat(catchUp(reports(0, 3))).isEqualTo(3);
    }

    @Test
    void aStandbyWhoseStoreHoldsArticlesItsEmptyShardNeverSawMarksTheShardPartial() {
        open(true);
        // the store kept two reports from before; the shard beside it was lost and starts empty
        for (StoredArticle s : reports(0, 2)) {
            kept.put(Bytes.wrap(key(s)), serde.serializer().serialize(CHANGELOG, s));
        }

        restore(reports(2, 1));

        assertThat(shard.index().partial()).isTrue();
        assertThat(catchUp(reports(0, 3))).as("the take-over re-indexes from the start").isEqualTo(3);
    }

    private void open(boolean standby) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tinradar.analyze-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<String, String> context = new MockProcessorContext<>(props, new TaskId(0, 0),
                stateDir.resolve("0_0").toFile());
        shard = (ArticleIndexStore) ArticleIndexStore.builder(IndexingProcessor.INDEX_STORE, AnalyzeConfig.defaults(),
                metrics, shards).build();
        shard.init(context.getStateStoreContext(), shard);
        kept = Stores.inMemoryKeyValueStore(IndexingProcessor.ARTICLES_STORE).get();
        articles = new StandbyIndexingStore(kept, shards, serde.deserializer(), metrics, c -> () -> standby);
        articles.init(context.getStateStoreContext(), articles);
    }

    /** One changelog batch, applied to the store as Streams' restore would, through the store's hook. */
    private void restore(List<StoredArticle> batch) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (StoredArticle s : batch) {
            records.add(new ConsumerRecord<>(CHANGELOG, 0, s.sourceOffset(), key(s),
                    serde.serializer().serialize(CHANGELOG, s)));
        }
        articles.restore(restored -> restored.forEach(r -> kept.put(Bytes.wrap(r.key()), r.value())), records);
    }

    private long catchUp(List<StoredArticle> store) {
        ArticleIndex index = shard.index();
        index.beginCatchUp("0_0", store.size());
        long reindexed = store.stream().filter(index::reindexIfBehind).count();
        index.endCatchUp();
        return reindexed;
    }

    private List<StoredArticle> reports(int from, int count) {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(new StoredArticle(i, scorer.score(landslide(i, at("2026-11-20T08:00:00").plusHours(i)))));
        }
        return out;
    }

    private static byte[] key(StoredArticle s) {
        return s.article().id().getBytes(StandardCharsets.UTF_8);
    }
}
