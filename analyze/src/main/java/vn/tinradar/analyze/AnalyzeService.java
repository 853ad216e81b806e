package vn.tinradar.analyze;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.cluster.StoryClusterer;
import vn.tinradar.analyze.cluster.StorySignals;
import vn.tinradar.analyze.cluster.StoryState;
import vn.tinradar.analyze.index.ArticleIndexStore;
import vn.tinradar.analyze.index.IndexingProcessor;
import vn.tinradar.analyze.index.LocalShards;
import vn.tinradar.analyze.index.StoredArticle;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.search.SearchService;
import vn.tinradar.analyze.trends.TrendDetector;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Topics;

/**
 * Runs the analyze topology ({@link AnalyzeTopology}) as one Kafka Streams application, exactly-once v2, with
 * its state (RocksDB stores and Lucene shards) under {@code dataDir/streams-analyze}, and answers the read side
 * of the HTTP API from this instance's local stores: search, one article, stories and trends.
 *
 * <p>Reads are local: search covers the index shards of the partitions this instance holds; stories live on the
 * instance that holds the single story-clustering partition. Reads while the application starts or rebalances
 * see what is open at that moment (search throws {@link IllegalStateException} when nothing is).
 */
public final class AnalyzeService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final AnalyzeConfig config;
    private final Topics topics;
    private final Properties kafka;
    private final Path dataDir;
    private final ArticleScorer scorer;
    private final AnalyzeMetrics metrics;
    private final StorySignals storySignals;
    private final SearchService search;
    private KafkaStreams streams;
    private boolean closed;

    public AnalyzeService(AnalyzeConfig config, Topics topics, Properties kafka, Path dataDir, ArticleScorer scorer,
                          MeterRegistry registry) {
        this.config = config;
        this.topics = topics;
        this.kafka = kafka;
        this.dataDir = dataDir;
        this.scorer = scorer;
        this.metrics = new AnalyzeMetrics(registry);
        this.storySignals = new StorySignals(config.lowTierSpreadMinSources(), config.lowTierSpreadWindow());
        // one searcher for all requests: its analyzers are thread-safe, and it finds the shards at each search
        this.search = new SearchService(localShards());
    }

    /** Settings this service adds to the ones it was given (application id, exactly-once, state dir, commit). */
    public static Properties streamsProperties(AnalyzeConfig config, Topics topics, Properties kafka, Path dataDir) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, topics.prefix() + "analyze");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("streams-analyze").toString());
        // the commit interval is how soon scored articles, stories and trends become visible downstream
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitIntervalMs());
        // a scored record this version cannot read is skipped with a log line rather than stopping a thread
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        // every store, changelog and repartition topic is named by hand: a generated name must stop startup
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        return p;
    }

    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("analyze service was closed and cannot start again");
        }
        if (streams != null) {
            return;
        }
        Properties props = streamsProperties(config, topics, kafka, dataDir);
        streams = new KafkaStreams(AnalyzeTopology.build(props, config, topics, scorer, metrics), props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("event=stream-thread-failed error={}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("event=streams-state from={} to={}", before, now));
        streams.start();
        LOG.info("event=analyze-started application={} stateDir={}", props.get(StreamsConfig.APPLICATION_ID_CONFIG),
                props.get(StreamsConfig.STATE_DIR_CONFIG));
    }

    /** Stops the stream threads, committing and closing every store (the Lucene shards commit on close). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (streams != null) {
            streams.close(CLOSE_TIMEOUT);
            LOG.info("event=analyze-stopped");
        }
    }

    /** The running application; throws when {@link #start()} was not called. */
    public synchronized KafkaStreams streams() {
        if (streams == null) {
            throw new IllegalStateException("analyze service is not started");
        }
        return streams;
    }

    /** Search over the index shards of this instance. */
    public SearchService search() {
        return search;
    }

    /** One scored article by id, from this instance's articles stores; empty when unknown here. */
    public Optional<ScoredArticle> article(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return read(IndexingProcessor.ARTICLES_STORE, QueryableStoreTypes.<String, StoredArticle>keyValueStore())
                .map(store -> store.get(id)).map(StoredArticle::article);
    }

    /** Stories most recently changed first, as the clusterer holds them. */
    public List<Story> stories(int limit) {
        List<StoryState> states = values(StoryClusterer.STORIES_STORE);
        return states.stream().sorted(Comparator.comparingLong(StoryState::updatedAt).reversed())
                .limit(Math.max(0, limit)).map(s -> s.toStory(storySignals, config.storyRecentArticles())).toList();
    }

    /** The latest trend of each key, latest window first, then the burstiest. */
    public List<Trend> trends(int limit) {
        List<Trend> trends = values(TrendDetector.LATEST_STORE);
        return trends.stream().sorted(Comparator.comparing(Trend::windowEnd).reversed()
                        .thenComparing(Comparator.comparingDouble(Trend::burstScore).reversed()))
                .limit(Math.max(0, limit)).toList();
    }

    /** Documents in this instance's index shards: after a restart, the number of distinct articles indexed. */
    public long indexedCount() {
        return metrics.indexedDocuments();
    }

    private LocalShards localShards() {
        return () -> {
            KafkaStreams running = streams();
            try {
                return running.store(StoreQueryParameters.fromNameAndType(IndexingProcessor.INDEX_STORE,
                        ArticleIndexStore.QUERYABLE)).shards();
            } catch (InvalidStateStoreException e) {
                throw new IllegalStateException("search index is not open yet (analyze is " + running.state() + ")",
                        e);
            }
        };
    }

    private <V> List<V> values(String storeName) {
        List<V> out = new ArrayList<>();
        read(storeName, QueryableStoreTypes.<String, V>keyValueStore()).ifPresent(store -> {
            try (KeyValueIterator<String, V> it = store.all()) {
                it.forEachRemaining(kv -> out.add(kv.value));
            }
        });
        return out;
    }

    private <T> Optional<T> read(String storeName, QueryableStoreType<T> type) {
        KafkaStreams running;
        synchronized (this) {
            running = streams;
        }
        if (running == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(running.store(StoreQueryParameters.fromNameAndType(storeName, type)));
        } catch (InvalidStateStoreException e) {
            // starting or rebalancing: nothing to read on this instance right now
            return Optional.empty();
        }
    }
}
