package vn.tinradar.analyze;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.pipeline.AnalyzeTopology;
import vn.tinradar.analyze.pipeline.claims.ClaimsCatalog;
import vn.tinradar.analyze.pipeline.cluster.StoryClusterer;
import vn.tinradar.analyze.pipeline.cluster.StorySignals;
import vn.tinradar.analyze.pipeline.index.IndexingProcessor;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.pipeline.trends.TrendBucket;
import vn.tinradar.analyze.pipeline.trends.TrendDetector;
import vn.tinradar.analyze.pipeline.trends.TrendWindow;
import vn.tinradar.analyze.pipeline.trends.WatchStart;
import vn.tinradar.analyze.query.claims.ClaimsService;
import vn.tinradar.analyze.query.LocalStores;
import vn.tinradar.analyze.query.forecast.ForecastQuery;
import vn.tinradar.analyze.query.forecast.HolderForecasts;
import vn.tinradar.analyze.query.forecast.KeyForecast;
import vn.tinradar.analyze.query.forecast.TrendForecasts;
import vn.tinradar.analyze.query.peer.PeerApi;
import vn.tinradar.analyze.query.peer.PeerClient;
import vn.tinradar.analyze.query.peer.PeerDirectory;
import vn.tinradar.analyze.query.peer.PeerSearch;
import vn.tinradar.analyze.query.peer.PeerSignature;
import vn.tinradar.analyze.query.search.SavedSearches;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.analyze.query.search.SearchService;
import vn.tinradar.analyze.query.search.ShardGroup;
import vn.tinradar.analyze.query.trends.LocalTrendWatch;
import vn.tinradar.analyze.query.trends.TrendWatch;
import vn.tinradar.common.kafka.StaffTable;
import vn.tinradar.common.kafka.StaffWriter;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.SavedSearch;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.forecast.SeasonalForecaster;
import vn.tinradar.common.kafka.Topics;

/**
 * Runs the analyze topology ({@link AnalyzeTopology}) as one Kafka Streams application, exactly-once v2, with
 * its state (RocksDB stores and Lucene shards) under {@code dataDir/streams-analyze}, and answers the read side
 * of the HTTP API: search, one article, stories, trends, reviewed claims and saved searches.
 *
 * <p>Reads cover the whole application, not just this instance: when the Kafka properties carry
 * {@code application.server} (this instance's web server) and a peer secret is given, search fans out to the
 * other instances holding index shards, an article is fetched from the instance holding its partition, and
 * stories and trends are gathered from all; the others are found through Streams metadata and asked over
 * {@link vn.tinradar.analyze.query.peer.PeerPaths}. Claims and saved searches live in global stores every instance
 * holds. Reads while the application starts or rebalances see what is open at that moment (search throws
 * {@link IllegalStateException} when no local shard is).
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
    private final PeerDirectory peers;
    private final LocalStores local;
    private final PeerClient peerClient;
    private final PeerApi peerApi;
    private final SearchService search;
    /** Searches the local shards of one search at once: a thread per core, daemons, so a missed close never hangs. */
    private final ExecutorService shardSearches = SearchService.shardPool(Runtime.getRuntime().availableProcessors());
    private final StaffWriter staffWriter;
    private final ClaimsService claims;
    private final SavedSearches savedSearches;
    private final TrendForecasts localForecasts;
    private final HolderForecasts forecasts;
    private final LocalTrendWatch localWatch;
    private KafkaStreams streams;
    private boolean closed;

    /** An instance that answers from its own stores only (no peer secret). */
    public AnalyzeService(AnalyzeConfig config, Topics topics, Properties kafka, Path dataDir, ArticleScorer scorer,
                          MeterRegistry registry) {
        this(config, topics, kafka, dataDir, scorer, registry, null, Clock.systemUTC());
    }

    /**
     * @param peerSecret the secret every analyze instance of the installation shares, sent to and expected from
     *     the others; null to answer from this instance alone
     */
    public AnalyzeService(AnalyzeConfig config, Topics topics, Properties kafka, Path dataDir, ArticleScorer scorer,
                          MeterRegistry registry, String peerSecret, Clock clock) {
        this.config = config;
        this.topics = topics;
        this.kafka = kafka;
        this.dataDir = dataDir;
        this.scorer = scorer;
        this.metrics = new AnalyzeMetrics(registry);
        this.storySignals = StorySignals.from(config);
        Object server = kafka.get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        HostInfo self = peerSecret == null || server == null || server.toString().isBlank() ? null
                : HostInfo.buildFromEndpoint(server.toString());
        this.peers = new PeerDirectory(this::runningOrNull, self);
        this.local = new LocalStores(this::runningOrNull, config, storySignals);
        // the wall clock, not the service's: a signature's window is about real time on the wire
        PeerSignature signature = new PeerSignature(peerSecret, Clock.systemUTC());
        this.peerClient = new PeerClient(signature, config.peerTimeout(), metrics);
        this.peerApi = new PeerApi(signature, new LocalReads());
        // one searcher for all requests: its analyzers are thread-safe, and it finds the shards at each search
        this.search = new SearchService(local.shards(), this::remoteShardGroups, config.peerTimeout(), shardSearches);
        this.staffWriter = new StaffWriter(kafka, topics.prefix() + "staff-records");
        this.claims = new ClaimsService(new StaffTable<>(topics.claims, staffWriter,
                () -> local.read(ClaimsCatalog.STORE, QueryableStoreTypes.<String, Claim>keyValueStore())), clock);
        this.savedSearches = new SavedSearches(new StaffTable<>(topics.savedSearches, staffWriter,
                () -> local.read(SavedSearches.STORE, QueryableStoreTypes.<String, SavedSearch>keyValueStore())), clock);
        // the day window: its hourly slices add up to Vietnam days exactly (the 1-hour window keeps fewer days)
        TrendWindow day = TrendWindow.of(config).get(1);
        this.localForecasts = new TrendForecasts(name -> local.read(name,
                QueryableStoreTypes.<String, TrendBucket>keyValueStore()), day, TrendDetector.retention(config, day),
                new SeasonalForecaster(), clock);
        this.forecasts = new HolderForecasts(localForecasts,
                trendKey -> peers.otherHolderOf(day.bucketsStore(), trendKey), peerClient::forecast,
                config.peerTimeout());
        this.localWatch = new LocalTrendWatch(this::runningOrNull, topics.articlesScored.name(), clock);
        metrics.trendWatch(new AnalyzeMetrics.WatchGauges() {
            @Override
            public long partitions() {
                return localWatch.partitions().size();
            }

            @Override
            public long watching() {
                return localWatch.partitions().stream().filter(PartitionWatch::watching).count();
            }
        });
    }

    /** Settings this service adds to the ones it was given (application id, exactly-once, state dir, commit). */
    public static Properties streamsProperties(AnalyzeConfig config, Topics topics, Properties kafka, Path dataDir) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, topics.prefix() + "analyze");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // global stores handle processing errors like the rest (Kafka 5 default; without it Streams warns at start)
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
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
        streams.setGlobalStateRestoreListener(new RestoreLog());
        streams.start();
        LOG.info("event=analyze-started application={} stateDir={} server={}",
                props.get(StreamsConfig.APPLICATION_ID_CONFIG), props.get(StreamsConfig.STATE_DIR_CONFIG),
                peers.enabled() ? peers.self() : "alone");
    }

    /** Stops the stream threads, committing and closing every store (the Lucene shards commit on close). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        staffWriter.close();
        shardSearches.shutdown();
        if (streams != null) {
            // leave the group now: a restarted or surviving instance would otherwise wait out this member's session
            // timeout (45 s) before it gets these partitions
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(CLOSE_TIMEOUT));
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

    /** Search over every index shard of the application. */
    public SearchService search() {
        return search;
    }

    /**
     * The hits of a search for a CSV or JSON export: from the first, at most {@code export-max-hits}, with the
     * totals and facets of the whole search.
     */
    public SearchResult export(SearchRequest request) {
        return search.search(request.withPage(0, config.exportMaxHits()));
    }

    /** What other instances may ask this one (their fan-out), guarded by the shared secret. */
    public PeerApi peerApi() {
        return peerApi;
    }

    /** The reviewed claims staff manage; every instance lists and matches all of them. */
    public ClaimsService claims() {
        return claims;
    }

    /** The scorer the topology runs, for text scored outside the stream (staff tips). */
    public ArticleScorer scorer() {
        return scorer;
    }

    /** The settings this service runs with. */
    public AnalyzeConfig config() {
        return config;
    }

    /** Saved searches per user; every instance lists all of them. */
    public SavedSearches savedSearches() {
        return savedSearches;
    }

    /** One scored article by id: from this instance's store, else from the instance holding its partition. */
    public Optional<ScoredArticle> article(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<ScoredArticle> here = local.article(id);
        if (here.isPresent() || !peers.enabled()) {
            return here;
        }
        Optional<HostInfo> holder = peers.otherHolderOf(IndexingProcessor.ARTICLES_STORE, id);
        List<HostInfo> ask = holder.map(List::of).orElseGet(() -> peers.holding(IndexingProcessor.ARTICLES_STORE));
        for (HostInfo host : ask) {
            Optional<ScoredArticle> found = ask(host, peerClient.article(host, id), Optional.empty());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** One story by id, following merges: a story absorbed by another resolves to the one it joined. */
    public Optional<Story> story(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<Story> here = local.story(id);
        if (here.isPresent()) {
            return here;
        }
        for (HostInfo host : peers.holding(StoryClusterer.STORIES_STORE)) {
            Optional<Story> found = ask(host, peerClient.story(host, id), Optional.empty());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Stories most recently changed first, from whichever instance holds the clustering task. */
    public List<Story> stories(int limit) {
        List<Story> here = local.stories(limit);
        List<Story> remote = new ArrayList<>();
        for (HostInfo host : peers.holding(StoryClusterer.STORIES_STORE)) {
            remote.addAll(ask(host, peerClient.stories(host, limit), List.of()));
        }
        if (remote.isEmpty()) {
            return here; // the usual case: one instance holds the single clustering task
        }
        Map<String, Story> byId = new LinkedHashMap<>();
        here.forEach(s -> byId.putIfAbsent(s.id(), s));
        remote.forEach(s -> byId.putIfAbsent(s.id(), s));
        return byId.values().stream().sorted(Comparator.comparing(Story::lastSeen,
                Comparator.nullsLast(Comparator.reverseOrder()))).limit(Math.max(0, limit)).toList();
    }

    /** The latest trend of each key and window, over all instances: latest window first, then the burstiest. */
    public List<Trend> trends(int limit) {
        List<Trend> all = new ArrayList<>(local.trends(limit));
        for (HostInfo host : peers.holding(TrendWindow.of(config).get(0).latestStore())) {
            all.addAll(ask(host, peerClient.trends(host, limit), List.of()));
        }
        return LocalStores.sortedTrends(all, limit);
    }

    /**
     * Whether trend bursts are watched for, over every partition: this instance's and those of the others, asked at
     * once; an instance that does not answer within the peer timeout is named in {@code unansweredBy}.
     */
    public TrendWatch trendWatch() {
        List<PartitionWatch> known = new ArrayList<>(localWatch.partitions());
        Map<HostInfo, CompletableFuture<List<PartitionWatch>>> calls = new LinkedHashMap<>();
        for (HostInfo host : peers.holding(WatchStart.STORE)) {
            calls.put(host, peerClient.trendWatch(host));
        }
        List<String> unanswered = new ArrayList<>();
        calls.forEach((host, call) -> {
            List<PartitionWatch> theirs = ask(host, call, null);
            if (theirs == null) {
                unanswered.add(host.host() + ":" + host.port());
            } else {
                known.addAll(theirs);
            }
        });
        return TrendWatch.of(config.trendWatchMinArticlesPerDay(), known, unanswered);
    }

    /** Whether the partitions this instance processes are watched for trend bursts ({@code /health}). */
    public TrendWatch localTrendWatch() {
        return TrendWatch.of(config.trendWatchMinArticlesPerDay(), localWatch.partitions(), List.of());
    }

    /**
     * Articles expected under the trend key {@code kind:key} over the next {@code days} Vietnam days (today first),
     * from the day window's counts on the instance holding the key: this one, or the other one asked.
     *
     * @throws IllegalArgumentException when days is not 1 to 3, or kind or key is blank
     */
    public KeyForecast forecast(String kind, String key, int days) {
        return forecasts.forecast(new ForecastQuery(kind, key, days));
    }

    /** The forecasts of several keys in their order, the other instances asked at once (one timeout in all). */
    public List<KeyForecast> forecasts(List<ForecastQuery> queries) {
        return forecasts.forecasts(queries);
    }

    /** Documents in this instance's index shards: after a restart, the number of distinct articles indexed. */
    public long indexedCount() {
        return metrics.indexedDocuments();
    }

    /** Documents in the shards of standby tasks here: copies kept so a take-over needs no re-index. */
    public long standbyIndexedCount() {
        return metrics.standbyDocuments();
    }







    private <T> T ask(HostInfo host, CompletableFuture<T> call, T fallback) {
        try {
            return call.get(config.peerTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("event=peer-read-failed peer={} error={}", host, (e.getCause() == null ? e : e.getCause()));
        }
        call.cancel(true);
        return fallback;
    }

    private List<ShardGroup> remoteShardGroups() {
        return peers.holding(IndexingProcessor.INDEX_STORE).stream().map(peerClient::shardGroup).toList();
    }

    /** This instance's stores, as another instance asks for them. */
    private final class LocalReads implements PeerApi.Local {
        @Override
        public SearchStats stats(SearchRequest request) {
            return search.localStats(request);
        }

        @Override
        public ShardResult search(PeerSearch s) {
            return search.localResult(s.request(), s.stats(), s.topN());
        }

        @Override
        public Optional<ScoredArticle> article(String id) {
            return local.article(id);
        }

        @Override
        public Optional<Story> story(String id) {
            return local.story(id);
        }

        @Override
        public List<Story> stories(int limit) {
            return local.stories(limit);
        }

        @Override
        public List<Trend> trends(int limit) {
            return local.trends(limit);
        }

        @Override
        public List<PartitionWatch> trendWatch() {
            return localWatch.partitions();
        }

        @Override
        public Optional<KeyForecast> forecast(ForecastQuery q) {
            return Optional.of(localForecasts.forecast(q.kind(), q.key(), q.days()));
        }
    }

    private synchronized KafkaStreams runningOrNull() {
        return streams;
    }



}
