package vn.tinradar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.imports.ImportReport;
import vn.tinradar.ingest.imports.PostImport;
import vn.tinradar.ingest.crawl.ArticleSink;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.CrawlStateStore;
import vn.tinradar.ingest.crawl.FeedPoller;
import vn.tinradar.ingest.crawl.FeedState;
import vn.tinradar.ingest.crawl.KafkaArticleSink;
import vn.tinradar.ingest.crawl.KafkaCrawlStateStore;
import vn.tinradar.ingest.crawl.PollResult;
import vn.tinradar.ingest.crawl.PollSchedule;
import vn.tinradar.ingest.crawl.SeenArticle;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.filter.ItemFilters;
import vn.tinradar.ingest.health.FeedProgress;
import vn.tinradar.ingest.health.SourceHealth;
import vn.tinradar.ingest.health.SourceMonitor;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.robots.RobotsCache;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.Source;

/**
 * The crawler service. {@link #start} restores crawl state (seen articles, validators) from
 * {@code ingest.state} before anything is polled, then polls every feed of every source at once and from then
 * on at the adaptive interval of {@link PollSchedule}. Polls run on {@code poll-threads} threads, one poll per
 * host:port at a time (a feed due while another poll of its host runs waits in that host's lane instead of
 * holding a thread); per-request politeness and the global cap on requests in flight are the {@link Fetcher}'s.
 * New articles go to {@code articles.raw}, unusable items to {@code ingest.rejected}, and each source's state
 * ({@link SourceMonitor}) to {@code ingest.health} after every poll and every {@code health-check-seconds}.
 * A failing feed only delays its own next poll; no exception ends a polling chain.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final SourceRegistry registry;
    private final ArticleSink sink;
    private final CrawlStateStore store;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final PostImport posts;
    private final PollSchedule schedule;
    private final SourceMonitor monitor;
    private final Fetcher fetcher;
    private final ScheduledThreadPoolExecutor pool;
    private final List<FeedTask> tasks = new CopyOnWriteArrayList<>();
    private final Map<String, List<FeedTask>> tasksBySource = new ConcurrentHashMap<>();
    private final Map<String, HostLane> lanes = new ConcurrentHashMap<>();
    private volatile FeedPoller poller;
    private volatile Instant startedAt;
    private volatile boolean started;
    private volatile boolean closed;

    /** The production wiring: Kafka for articles, dead letters, source health and crawl state. */
    public IngestService(IngestConfig config, SourceRegistry registry, Topics topics, Properties kafka,
                         MeterRegistry meters) {
        this(config, registry, new KafkaArticleSink(topics, kafka, Duration.ofMillis(config.readTimeoutMs())),
                new KafkaCrawlStateStore(topics, kafka, Duration.ofMillis(config.stateRestoreTimeoutMs())),
                meters, Clock.systemUTC());
    }

    /** Any sink and state store: tests use in-memory ones with a local HTTP server. */
    public IngestService(IngestConfig config, SourceRegistry registry, ArticleSink sink, CrawlStateStore store,
                         MeterRegistry meters, Clock clock) {
        this.config = config;
        this.registry = registry;
        this.sink = sink;
        this.store = store;
        this.metrics = new IngestMetrics(meters);
        this.clock = clock;
        this.posts = new PostImport(sink, config.imports().defaultPlatform(), clock,
                Duration.ofMinutes(config.futureDateToleranceMinutes()));
        this.schedule = new PollSchedule(config);
        this.monitor = new SourceMonitor(config);
        this.fetcher = new Fetcher(config, metrics, clock);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ScheduledThreadPoolExecutor(config.pollThreads(), r -> {
            Thread t = new Thread(r, "ingest-poll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        metrics.queueDepth(this::queueDepth);
        metrics.sourceStates(registry.sources().stream().map(Source::id).toList(), SourceMonitor.STATES,
                monitor::currentState);
    }

    /** Restores crawl state, then schedules the first poll of every feed right away. */
    public synchronized IngestService start() {
        if (closed) {
            throw new IllegalStateException("ingest service already closed");
        }
        if (started) {
            return this;
        }
        started = true;
        startedAt = clock.instant();
        CrawlState state = CrawlState.restore(store, startedAt.minus(Duration.ofDays(config.seenRetentionDays())));
        poller = new FeedPoller(config, fetcher, state, sink, metrics, clock,
                ItemFilters.configured(config, state, clock));
        Set<String> ids = new HashSet<>();
        registry.sources().forEach(s -> ids.add(s.id()));
        for (SeenArticle seen : state.seenArticles()) {
            // what was sent before the restart still tells how often each source publishes
            if (seen.contentHash() != null && ids.contains(seen.sourceId())) {
                poller.stats(seen.sourceId()).rhythm().add(seen.published() != null ? seen.published() : seen.at());
            }
        }
        for (Source source : registry.sources()) {
            List<FeedTask> ofSource = new ArrayList<>();
            for (Feed feed : source.feeds()) {
                HostLane lane = lanes.computeIfAbsent(RobotsCache.authority(URI.create(feed.url())), h -> new HostLane());
                FeedTask task = new FeedTask(source, feed, lane, state.feed(source.id(), feed.url())
                        .orElseGet(() -> schedule.initial(source)), state);
                ofSource.add(task);
                tasks.add(task);
            }
            tasksBySource.put(source.id(), List.copyOf(ofSource));
        }
        for (FeedTask task : tasks) {
            task.scheduleIn(0);
        }
        pool.scheduleWithFixedDelay(this::checkHealth, config.healthCheckSeconds(), config.healthCheckSeconds(),
                TimeUnit.SECONDS);
        LOG.info("event=ingest-started sources={} feeds={} hosts={} seen={}", registry.sources().size(), tasks.size(),
                lanes.size(), state.seenCount());
        return this;
    }

    /** The fetcher every poll goes through: whatever else fetches for ingest (re-checks) shares its politeness. */
    public Fetcher fetcher() {
        return fetcher;
    }

    /** Health of every source, in registry order; also what the state gauge then shows. */
    public List<SourceHealth> sourceHealth() {
        Instant now = clock.instant();
        List<SourceHealth> rows = new ArrayList<>();
        for (Source source : registry.sources()) {
            rows.add(health(source, now));
        }
        return rows;
    }

    /** Feeds of the registry this service polls (0 before {@link #start}). */
    public int feeds() {
        return tasks.size();
    }

    /** Feeds polled at least once since {@link #start}: the poll done, the new items it found written. */
    public int feedsPolled() {
        return (int) tasks.stream().filter(t -> t.polls.get() > 0).count();
    }

    private SourceHealth health(Source source, Instant now) {
        List<FeedProgress> feeds = new ArrayList<>();
        for (FeedTask t : tasksBySource.getOrDefault(source.id(), List.of())) {
            feeds.add(new FeedProgress(t.feed.url(), t.current, t.polls.get() > 0));
        }
        return monitor.assess(source, poller == null ? null : poller.stats(source.id()), feeds, startedAt, now);
    }

    /** Publishes the source's status to {@code ingest.health} when it changed or its heartbeat is due. */
    private void publishHealth(Source source) {
        Instant now = clock.instant();
        try {
            monitor.due(health(source, now), now).ifPresent(status -> {
                sink.status(status);
                LOG.info("event=source-status source={} state={} reason=\"{}\"", status.sourceId(), status.state(),
                        status.reason() == null ? "" : status.reason());
            });
        } catch (RuntimeException e) {
            LOG.warn("event=source-status-failed source={} error=\"{}\"", source.id(), e.toString());
        }
    }

    private void checkHealth() {
        if (closed) {
            return;
        }
        for (Source source : registry.sources()) {
            publishHealth(source);
        }
    }

    /** Feeds whose poll time has come but whose poll has not started (waiting for a thread or for their host). */
    private int queueDepth() {
        Instant now = clock.instant();
        int due = 0;
        for (FeedTask t : tasks) {
            Instant at = t.dueAt;
            if (at != null && !at.isAfter(now) && !t.running) {
                due++;
            }
        }
        return due;
    }

    /**
     * Reads an import file staff uploaded in the dashboard into posts, as the watched folder reads a dropped one
     * ({@code ingest.imports}); the report lists every refused line. Throws {@code SinkException} when the posts
     * could not be stored.
     */
    public ImportReport importPosts(String fileName, byte[] content) {
        return posts.read(fileName, content);
    }

    /** Stops polling (in-flight polls are interrupted), then flushes and closes the sink and the state store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(config.readTimeoutMs() + 5000L, TimeUnit.MILLISECONDS)) {
                LOG.warn("event=ingest-close-timeout note=\"polls still running\"");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.close();
        store.close();
        LOG.info("event=ingest-stopped");
    }

    private void execute(Runnable r) {
        try {
            pool.execute(r);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /**
     * The polls of one host:port, one at a time: requests to a host are spaced by politeness anyway, so a second
     * poll running beside the first would only hold a thread while it waits for its turn.
     */
    private static final class HostLane {
        private final ArrayDeque<FeedTask> waiting = new ArrayDeque<>();
        private boolean busy;

        /** True when {@code task} may poll now; otherwise it is queued and handed over by {@link #leave}. */
        synchronized boolean enter(FeedTask task) {
            if (busy) {
                waiting.addLast(task);
                return false;
            }
            busy = true;
            return true;
        }

        /** The next queued poll of this host, which now holds the lane; null when none waits. */
        synchronized FeedTask leave() {
            FeedTask next = waiting.pollFirst();
            if (next == null) {
                busy = false;
            }
            return next;
        }
    }

    /** The polling chain of one feed: poll, work out the next time, schedule itself again. */
    private final class FeedTask implements Runnable {
        final Source source;
        final Feed feed;
        final HostLane lane;
        final CrawlState state;
        final AtomicInteger polls = new AtomicInteger();
        volatile FeedState current;
        /** When the next poll is due (null while none is scheduled). */
        volatile Instant dueAt;
        volatile boolean running;

        FeedTask(Source source, Feed feed, HostLane lane, FeedState current, CrawlState state) {
            this.source = source;
            this.feed = feed;
            this.lane = lane;
            this.current = current;
            this.state = state;
        }

        void scheduleIn(long delayMs) {
            dueAt = clock.instant().plusMillis(delayMs);
            try {
                pool.schedule(this, delayMs, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }

        @Override
        public void run() {
            if (!closed && lane.enter(this)) {
                runInLane();
            }
        }

        private void runInLane() {
            running = true;
            try {
                if (!closed) {
                    pollOnce();
                }
            } finally {
                running = false;
                FeedTask next = lane.leave();
                if (next != null) {
                    execute(next::runInLane);
                }
            }
        }

        private void pollOnce() {
            PollResult result;
            try {
                result = poller.poll(source, feed, current);
            } catch (RuntimeException | StackOverflowError e) {
                // a sink outage, a bug or a pathological page: this feed retries after backoff, the others carry on
                LOG.warn("event=poll-failed source={} feed={} error=\"{}\"", source.id(), feed.url(), e.toString());
                result = new PollResult(false, 0, "error", e.toString(), null, null, null);
            }
            Instant now = clock.instant();
            current = schedule.next(source, current, result, now);
            polls.incrementAndGet();
            if (closed) {
                return; // the interrupted poll's state is not saved: the next start re-reads this feed fully
            }
            state.saveFeed(source.id(), feed.url(), current);
            publishHealth(source);
            long delayMs = Math.max(0, Duration.between(now, current.nextPollAt()).toMillis());
            LOG.info("event=feed-polled source={} feed={} outcome={} new={} next-in-s={}", source.id(), feed.url(),
                    result.outcome(), result.newItems(), delayMs / 1000);
            scheduleIn(delayMs);
        }
    }
}
