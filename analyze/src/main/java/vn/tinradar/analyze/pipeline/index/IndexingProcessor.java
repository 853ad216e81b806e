package vn.tinradar.analyze.pipeline.index;

import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * Keeps every scored article of its partition and indexes it in Lucene, then passes on those seen for the first time.
 *
 * <p>Input: {@code articles.scored} (article id → ScoredArticle), partitioned by id. State: {@value #ARTICLES_STORE}
 * (logged, the source of truth, with the input offset of each article) and {@value #INDEX_STORE} (the Lucene shard,
 * derived). When the task starts, after Streams restored the articles store, the shard re-indexes whatever it
 * misses, so a lost or stale index heals itself: on a catch-up thread of the shard's own while the task processes
 * and commits as usual ({@link IndexCatchUp} says why). A failure to index one article is logged and counted; the
 * article stays in the store and is retried at the next start.
 */
public final class IndexingProcessor implements FixedKeyProcessor<String, ScoredArticle, ScoredArticle> {

    public static final String ARTICLES_STORE = "articles-by-id";
    public static final String INDEX_STORE = "articles-index";
    private static final Logger LOG = LoggerFactory.getLogger(IndexingProcessor.class);

    /** How long closing a task waits for its catch-up thread to finish the slice under way. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final AnalyzeMetrics metrics;
    private final Duration slice;
    private FixedKeyProcessorContext<String, ScoredArticle> context;
    private KeyValueStore<String, StoredArticle> articles;
    private ArticleIndex index;
    private IndexCatchUp catchUp;
    private Thread catchUpThread;

    private IndexingProcessor(AnalyzeMetrics metrics, Duration slice) {
        this.metrics = metrics;
        this.slice = slice;
    }

    public static StoreBuilder<KeyValueStore<String, StoredArticle>> articlesStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE), Serdes.String(),
                new JsonSerde<>(StoredArticle.class));
    }

    public static FixedKeyProcessorSupplier<String, ScoredArticle, ScoredArticle> supplier(AnalyzeConfig config,
                                                                                           AnalyzeMetrics metrics) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, ScoredArticle, ScoredArticle> get() {
                return new IndexingProcessor(metrics, Duration.ofMillis(config.indexCatchUpSliceMs()));
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(articlesStore(), ArticleIndexStore.builder(INDEX_STORE, config, metrics));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ScoredArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES_STORE);
        ArticleIndexStore store = context.getStateStore(INDEX_STORE);
        this.index = store.index();
        String task = context.taskId().toString();
        catchUp = new IndexCatchUp(articles, index, task, slice);
        metrics.indexCatchUpStarted();
        long started = System.nanoTime();
        LOG.info("event=index-catch-up-started task={} committedOffset={} articles={}", task, index.committedOffset(),
                index.catchUpProgress().map(CatchUpProgress::articles).orElse(0L));
        catchUpThread = new Thread(() -> catchUpToEnd(task, started), "index-catch-up-" + task);
        catchUpThread.setDaemon(true);
        catchUpThread.start();
    }

    private void catchUpToEnd(String task, long started) {
        try {
            catchUp.runToEnd();
        } catch (RuntimeException e) {
            // the shard stays listed as catching up (/health); the next start of the task catches up again
            LOG.warn("event=index-catch-up-failed task={} error={}", task, e.toString());
            metrics.failure("index-catch-up");
            return;
        }
        catchUp.finished().ifPresent(done -> LOG.info(
                "event=index-caught-up task={} reindexed={} examined={} committedOffset={} documents={} ms={}",
                task, done.reindexed(), done.examined(), index.committedOffset(), index.documentCount(),
                (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    public void process(FixedKeyRecord<String, ScoredArticle> record) {
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        ScoredArticle article = record.value();
        boolean firstSeen = articles.get(article.id()) == null;
        articles.put(article.id(), new StoredArticle(offset, article));
        try {
            index.upsert(article, offset);
            metrics.article(AnalyzeMetrics.Stage.INDEXED);
        } catch (RuntimeException e) {
            LOG.warn("event=index-failed article={} error={}", article.id(), e.toString());
            metrics.failure("index");
        }
        if (firstSeen) {
            // trends count an article once: a corrected version replaces it in the index, not in the counts
            context.forward(record);
        }
    }

    @Override
    public void close() {
        // before Streams closes the stores the catch-up reads and writes
        catchUp.stop();
        try {
            catchUpThread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (catchUpThread.isAlive()) {
            LOG.warn("event=index-catch-up-still-running task={} waitedMs={}", context.taskId(), STOP_WAIT.toMillis());
        }
    }
}
