package vn.tinradar.analyze.pipeline.index;

import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
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
 * misses, so a lost or stale index heals itself: in slices of {@code index-catch-up-slice-ms} between which the
 * task processes and commits as usual ({@link IndexCatchUp} says why). A standby task keeps its shard complete as it
 * restores ({@link StandbyIndexingStore}), so a task taken over by a standby's instance has nothing to re-index. A failure to index one article is logged
 * and counted; the article stays in the store and is retried at the next start.
 */
public final class IndexingProcessor implements FixedKeyProcessor<String, ScoredArticle, ScoredArticle> {

    public static final String ARTICLES_STORE = "articles-by-id";
    public static final String INDEX_STORE = "articles-index";
    private static final Logger LOG = LoggerFactory.getLogger(IndexingProcessor.class);

    /** How often a catch-up slice is due: short, so the catch-up takes most of the time the records leave. */
    private static final Duration SLICE_EVERY = Duration.ofMillis(10);

    private final AnalyzeMetrics metrics;
    private final Duration slice;
    private FixedKeyProcessorContext<String, ScoredArticle> context;
    private KeyValueStore<String, StoredArticle> articles;
    private ArticleIndex index;

    private IndexingProcessor(AnalyzeMetrics metrics, Duration slice) {
        this.metrics = metrics;
        this.slice = slice;
    }

    private static StoreBuilder<KeyValueStore<String, StoredArticle>> articlesStore(TaskShards shards,
                                                                                   AnalyzeMetrics metrics) {
        JsonSerde<StoredArticle> serde = new JsonSerde<>(StoredArticle.class);
        return Stores.keyValueStoreBuilder(StandbyIndexingStore.supplier(ARTICLES_STORE, shards, serde.deserializer(),
                metrics), Serdes.String(), serde);
    }

    public static FixedKeyProcessorSupplier<String, ScoredArticle, ScoredArticle> supplier(AnalyzeConfig config,
                                                                                           AnalyzeMetrics metrics) {
        // the two stores of a task meet through the registry: a standby's articles store indexes into its shard
        TaskShards shards = new TaskShards();
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, ScoredArticle, ScoredArticle> get() {
                return new IndexingProcessor(metrics, Duration.ofMillis(config.indexCatchUpSliceMs()));
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(articlesStore(shards, metrics), ArticleIndexStore.builder(INDEX_STORE, config, metrics,
                        shards));
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
        IndexCatchUp catchUp = new IndexCatchUp(articles, index, task, slice);
        metrics.indexCatchUpStarted();
        long started = System.nanoTime();
        LOG.info("event=index-catch-up-started task={} committedOffset={} articles={}", task, index.committedOffset(),
                index.catchUpProgress().map(CatchUpProgress::articles).orElse(0L));
        Cancellable[] slices = new Cancellable[1];
        slices[0] = context.schedule(SLICE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (catchUp.step()) {
                slices[0].cancel();
                CatchUpProgress done = catchUp.finished().orElseThrow();
                metrics.indexCatchUpReindexed(done.reindexed());
                LOG.info("event=index-caught-up task={} reindexed={} examined={} committedOffset={} documents={} ms={}",
                        task, done.reindexed(), done.examined(), index.committedOffset(), index.documentCount(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
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
}
