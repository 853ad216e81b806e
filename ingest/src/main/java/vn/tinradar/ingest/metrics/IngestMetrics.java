package vn.tinradar.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.tinradar.ingest.fetch.FetchListener;
import vn.tinradar.ingest.fetch.FetchOutcome;

/**
 * The crawler's meters. As scraped from Prometheus:
 * <pre>
 * tinradar_ingest_fetches_total{source,outcome}      fetches by source id and outcome (ok, not-modified, http-error,
 *                                                    timeout, too-large, blocked-address, parse-error, ...)
 * tinradar_ingest_fetch_latency_seconds_bucket{le}   time per fetch, retries and politeness waits included
 * tinradar_ingest_bytes_total                        body bytes downloaded (after decompression)
 * tinradar_ingest_items_emitted_total{source}        articles written to articles.raw (new or updated)
 * tinradar_ingest_rejected_total{reason}             items sent to ingest.rejected
 * tinradar_ingest_politeness_wait_seconds            time spent waiting for a host's turn
 * tinradar_ingest_feed_polls_total{source,result}    feed polls: changed, not-modified (304), unchanged (same
 *                                                    body hash), failed
 * tinradar_ingest_validator_hits_total{kind}         304 answers (kind=http) and unchanged bodies (kind=hash)
 * tinradar_ingest_validator_hit_ratio                share of feed polls since start that needed no parsing
 * tinradar_ingest_queue_depth                        feeds due for a poll that has not started yet
 * tinradar_ingest_source_state{source,state}         1 for the source's current state (pending, ok, failing,
 *                                                    silent), 0 for the others: the same state as /api/sources
 * tinradar_ingest_rechecks_total{result}             re-checks of watched articles after publication: first,
 *                                                    unchanged, edited, removed, unreadable
 * </pre>
 * Tag values come from closed sets: source ids from the registry, outcome, result, reason and state enums;
 * never URLs. The hit rate over a window is
 * {@code sum(rate(tinradar_ingest_feed_polls_total{result=~"not-modified|unchanged"}[1h])) /
 * sum(rate(tinradar_ingest_feed_polls_total[1h]))}.
 */
public final class IngestMetrics implements FetchListener {

    /** How one feed poll went, as far as validators are concerned. */
    public enum FeedPoll {
        /** A new body was read and parsed. */
        CHANGED,
        /** The server answered 304 to our validators. */
        NOT_MODIFIED,
        /** The server sent the same body again (its validators lie or are missing): caught by the hash. */
        UNCHANGED,
        /** The feed could not be fetched or read. */
        FAILED;

        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Fetch latency buckets: a local server answers in milliseconds, a slow provincial CMS in many seconds. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter bytes;
    private final Timer politenessWait;
    private final Map<FeedPoll, AtomicLong> polls = new EnumMap<>(FeedPoll.class);

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("tinradar.ingest.fetch.latency").description("Time per fetch, retries included")
                .serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
        this.bytes = Counter.builder("tinradar.ingest.bytes").description("Body bytes downloaded").baseUnit("bytes")
                .register(registry);
        this.politenessWait = Timer.builder("tinradar.ingest.politeness.wait")
                .description("Time spent waiting for a host's turn (min interval, Crawl-delay, per-host cap)")
                .register(registry);
        for (FeedPoll p : FeedPoll.values()) {
            polls.put(p, new AtomicLong());
        }
        Gauge.builder("tinradar.ingest.validator.hit.ratio", this, IngestMetrics::validatorHitRatio)
                .description("Share of feed polls since start answered 304 or with an unchanged body")
                .register(registry);
    }

    @Override
    public void transferred(Duration elapsed, long bodyBytes) {
        latency.record(elapsed);
        bytes.increment(bodyBytes);
    }

    /**
     * One feed or page fetch by how it ended: a {@link FetchOutcome} tag, or {@code parse-error} when the
     * body arrived but could not be read.
     */
    public void fetched(String sourceId, String outcome) {
        Counter.builder("tinradar.ingest.fetches").description("Fetches by source and outcome")
                .tag("source", sourceId == null ? "none" : sourceId).tag("outcome", outcome)
                .register(registry).increment();
    }

    @Override
    public void politenessWait(long millis) {
        politenessWait.record(Duration.ofMillis(millis));
    }

    /** One poll of one feed by what the validators achieved. */
    public void feedPolled(String sourceId, FeedPoll result) {
        polls.get(result).incrementAndGet();
        Counter.builder("tinradar.ingest.feed.polls").description("Feed polls by source and validator result")
                .tag("source", sourceId).tag("result", result.tag()).register(registry).increment();
        if (result == FeedPoll.NOT_MODIFIED || result == FeedPoll.UNCHANGED) {
            Counter.builder("tinradar.ingest.validator.hits").description("Unchanged content detected without parsing")
                    .tag("kind", result == FeedPoll.NOT_MODIFIED ? "http" : "hash").register(registry).increment();
        }
    }

    /** (not-modified + unchanged) / all feed polls since start; 0 before the first poll. */
    public double validatorHitRatio() {
        long hits = polls.get(FeedPoll.NOT_MODIFIED).get() + polls.get(FeedPoll.UNCHANGED).get();
        long all = polls.values().stream().mapToLong(AtomicLong::get).sum();
        return all == 0 ? 0 : (double) hits / all;
    }

    public void emitted(String sourceId) {
        Counter.builder("tinradar.ingest.items.emitted").description("Articles written to articles.raw")
                .tag("source", sourceId).register(registry).increment();
    }

    /** One re-check of a watched article, by what it found (a closed set: see the class Javadoc). */
    public void rechecked(String result) {
        Counter.builder("tinradar.ingest.rechecks").description("Re-checks of watched articles after publication")
                .tag("result", result).register(registry).increment();
    }

    public void rejected(String reason) {
        Counter.builder("tinradar.ingest.rejected").description("Items sent to the rejected topic")
                .tag("reason", reason).register(registry).increment();
    }

    /** Registers the queue-depth gauge, read from {@code depth} at each scrape. */
    public void queueDepth(Supplier<Number> depth) {
        Gauge.builder("tinradar.ingest.queue.depth", depth).description("Feeds due for a poll that has not started")
                .register(registry);
    }

    /**
     * Registers one gauge per source and state; {@code stateOf} gives a source's current state and is read at
     * each scrape.
     */
    public void sourceStates(Iterable<String> sourceIds, Iterable<String> states, Function<String, String> stateOf) {
        for (String source : sourceIds) {
            for (String state : states) {
                Gauge.builder("tinradar.ingest.source.state", () -> state.equals(stateOf.apply(source)) ? 1 : 0)
                        .description("1 for the current crawling state of the source, 0 for the others")
                        .tag("source", source).tag("state", state).register(registry);
            }
        }
    }

    /** A registry-free instance for tools (the extract command) that report nothing. */
    public static IngestMetrics noop() {
        return new IngestMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

}
