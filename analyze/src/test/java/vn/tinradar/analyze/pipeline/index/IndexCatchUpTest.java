package vn.tinradar.analyze.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.common.kafka.JsonSerde;

/** Re-indexing a shard from its articles store one slice at a time, as a task does when it starts on an instance. */
class IndexCatchUpTest {

    /** A slice too short for more than one article: every step does exactly one. */
    private static final Duration ONE_ARTICLE = Duration.ZERO;

    @TempDir
    Path dir;
    final KeywordTestScorer scorer = new KeywordTestScorer();
    KeyValueStore<String, StoredArticle> articles;
    ArticleIndex index;

    @Test
    void goesThroughTheStoreInSlicesAndEndsTheCatchUpAfterTheLast() {
        open();
        store(0, 1, 2);

        IndexCatchUp catchUp = new IndexCatchUp(articles, index, "2_0", ONE_ARTICLE);

        assertThat(catchUp.step()).isFalse();
        assertThat(catchUp.step()).isFalse();
        assertThat(index.catchUpProgress()).hasValueSatisfying(p -> assertThat(p.examined()).isEqualTo(2));
        assertThat(catchUp.step()).isFalse();
        assertThat(catchUp.step()).isTrue();
        assertThat(index.catchUpProgress()).isEmpty();
        assertThat(catchUp.finished()).hasValueSatisfying(p -> assertThat(p.reindexed()).isEqualTo(3));
        assertThat(index.documentCount()).isEqualTo(3);
    }

    @Test
    void anArticleStoredBetweenTwoSlicesIsReachedWhenItsKeyIsStillAhead() {
        open();
        store(0, 1);
        IndexCatchUp catchUp = new IndexCatchUp(articles, index, "2_0", ONE_ARTICLE);
        assertThat(catchUp.step()).isFalse();

        // stored by the task between slices, under a key after the one done last (the first in key order)
        String doneLast = article(0).article().id().compareTo(article(1).article().id()) < 0
                ? article(0).article().id() : article(1).article().id();
        int ahead = 2;
        while (article(ahead).article().id().compareTo(doneLast) <= 0) {
            ahead++;
        }
        store(ahead);
        while (!catchUp.step()) {
            // one article per step
        }

        assertThat(catchUp.finished()).hasValueSatisfying(p -> assertThat(p.examined()).isEqualTo(3));
        assertThat(index.documentCount()).isEqualTo(3);
    }

    @Test
    void aSliceLongEnoughForTheWholeStoreEndsInOneStep() {
        open();
        store(0, 1, 2, 3);

        IndexCatchUp catchUp = new IndexCatchUp(articles, index, "2_0", Duration.ofMinutes(1));

        assertThat(catchUp.step()).isTrue();
        assertThat(index.documentCount()).isEqualTo(4);
    }

    private void store(int... numbers) {
        for (int n : numbers) {
            StoredArticle stored = article(n);
            articles.put(stored.article().id(), stored);
        }
    }

    /** The n-th report of a landslide, as the articles store keeps it (input offset n). */
    private StoredArticle article(int n) {
        return new StoredArticle(n, scorer.score(landslide(n, at("2026-11-20T08:00:00").plusHours(n))));
    }

    private void open() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tinradar.analyze-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<String, String> context = new MockProcessorContext<>(props, new TaskId(2, 0),
                dir.resolve("2_0").toFile());
        articles = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(IndexingProcessor.ARTICLES_STORE),
                Serdes.String(), new JsonSerde<>(StoredArticle.class)).withLoggingDisabled().build();
        articles.init(context.getStateStoreContext(), articles);
        index = ArticleIndex.open(dir.resolve("index"), 16);
    }

    @AfterEach
    void close() {
        index.close();
        articles.close();
    }
}
