package vn.tinradar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.ingest.crawl.ArticleSink;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.CrawlStateStore;
import vn.tinradar.ingest.crawl.FeedPoller;
import vn.tinradar.ingest.crawl.FeedState;
import vn.tinradar.ingest.crawl.KafkaArticleSink;
import vn.tinradar.ingest.crawl.KafkaCrawlStateStore;
import vn.tinradar.ingest.crawl.PollResult;
import vn.tinradar.ingest.crawl.PollSchedule;
import vn.tinradar.ingest.crawl.SourceStats;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.Source;

/**
 * The crawler service. {@link #start} restores crawl state (seen articles, validators) from
 * {@code ingest.state} before anything is polled, then polls every feed of every source at once and from then
 * on at the adaptive interval of {@link PollSchedule}, on a small fixed pool ({@code global-concurrency}
 * threads; per-host limits are the {@link Fetcher}'s). New articles go to {@code articles.raw}, unusable items
 * to {@code ingest.rejected}. A failing feed only delays its own next poll; no exception ends a polling chain.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final SourceRegistry registry;
    private final ArticleSink sink;
    private final CrawlStateStore store;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final PollSchedule schedule;
    private final ScheduledExecutorService pool;
    private final List<FeedTask> tasks = new CopyOnWriteArrayList<>();
    private volatile FeedPoller poller;
    private volatile Instant startedAt;
    private volatile boolean started;
    private volatile boolean closed;

    /** The production wiring: Kafka for articles, dead letters and crawl state. */
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
        this.schedule = new PollSchedule(config);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newScheduledThreadPool(config.globalConcurrency(), r -> {
            Thread t = new Thread(r, "ingest-poll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
        poller = new FeedPoller(config, new Fetcher(config, metrics, clock), state, sink, metrics, clock);
        for (Source source : registry.sources()) {
            for (Feed feed : source.feeds()) {
                FeedTask task = new FeedTask(source, feed, state.feed(source.id(), feed.url())
                        .orElseGet(() -> schedule.initial(source)), state);
                tasks.add(task);
                pool.schedule(task, 0, TimeUnit.MILLISECONDS);
            }
        }
        LOG.info("event=ingest-started sources={} feeds={} seen={}", registry.sources().size(), tasks.size(),
                state.seenCount());
        return this;
    }

    /** Health of every source, in registry order. */
    public List<SourceHealth> sourceHealth() {
        Instant now = clock.instant();
        List<SourceHealth> rows = new ArrayList<>();
        for (Source source : registry.sources()) {
            SourceStats s = poller == null ? null : poller.stats(source.id());
            long fetches = s == null ? 0 : s.fetches();
            long errors = s == null ? 0 : s.errors();
            long emitted = s == null ? 0 : s.emitted();
            Instant next = null;
            boolean polled = false;
            boolean backoff = false;
            Instant lastNew = null;
            for (FeedTask t : tasks) {
                if (t.source.id().equals(source.id())) {
                    FeedState fs = t.current;
                    next = next == null || fs.nextPollAt() != null && fs.nextPollAt().isBefore(next) ? fs.nextPollAt() : next;
                    polled |= t.polls.get() > 0;
                    backoff |= fs.failures() >= config.backoffAfterFailures();
                    if (fs.lastNewItem() != null && (lastNew == null || fs.lastNewItem().isAfter(lastNew))) {
                        lastNew = fs.lastNewItem();
                    }
                }
            }
            double days = startedAt == null ? 0 : Math.max(1.0 / 24, Duration.between(startedAt, now).toSeconds() / 86400.0);
            Instant quietSince = lastNew != null ? lastNew : startedAt;
            boolean silent = quietSince != null && Duration.between(quietSince, now).toSeconds()
                    > (long) config.silentAfterFactor() * schedule.maxSeconds(source);
            String state = !polled ? "pending" : backoff ? "backoff" : silent ? "silent" : "ok";
            rows.add(new SourceHealth(source.id(), source.name(), source.tier(), s == null ? null : s.lastSuccess(),
                    s == null ? null : s.lastError(), s == null ? null : s.lastErrorAt(), fetches, errors,
                    fetches == 0 ? 0 : (double) errors / fetches, emitted, days == 0 ? 0 : emitted / days, next, state));
        }
        return rows;
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

    /** The polling chain of one feed: poll, work out the next time, schedule itself again. */
    private final class FeedTask implements Runnable {
        final Source source;
        final Feed feed;
        final CrawlState state;
        final AtomicInteger polls = new AtomicInteger();
        volatile FeedState current;

        FeedTask(Source source, Feed feed, FeedState current, CrawlState state) {
            this.source = source;
            this.feed = feed;
            this.current = current;
            this.state = state;
        }

        @Override
        public void run() {
            if (closed) {
                return;
            }
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
            long delayMs = Math.max(0, Duration.between(now, current.nextPollAt()).toMillis());
            LOG.info("event=feed-polled source={} feed={} outcome={} new={} next-in-s={}", source.id(), feed.url(),
                    result.outcome(), result.newItems(), delayMs / 1000);
            try {
                pool.schedule(this, delayMs, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }
}
