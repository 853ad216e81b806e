package vn.tinradar.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import vn.tinradar.ingest.fetch.FetchOutcome;

/**
 * The crawler's meters. As scraped from Prometheus:
 * <pre>
 * tinradar_ingest_fetches_total{source,outcome}      fetches by source id and outcome (ok, not-modified, http-error,
 *                                                    timeout, too-large, blocked-address, parse-error, ...)
 * tinradar_ingest_fetch_latency_seconds              time per fetch, retries and politeness waits included
 * tinradar_ingest_bytes_total                        body bytes downloaded (after decompression)
 * tinradar_ingest_items_emitted_total{source}        articles written to articles.raw (new or updated)
 * tinradar_ingest_rejected_total{reason}             items sent to ingest.rejected
 * tinradar_ingest_politeness_wait_seconds            time spent waiting for a host's turn
 * tinradar_ingest_validator_hits_total{kind}         304 answers (kind=http) and unchanged bodies (kind=hash)
 * </pre>
 * Tag values come from closed sets: source ids from the registry, outcome and reason enums.
 */
public final class IngestMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter bytes;
    private final Timer politenessWait;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("tinradar.ingest.fetch.latency").description("Time per fetch, retries included")
                .register(registry);
        this.bytes = Counter.builder("tinradar.ingest.bytes").description("Body bytes downloaded").baseUnit("bytes")
                .register(registry);
        this.politenessWait = Timer.builder("tinradar.ingest.politeness.wait")
                .description("Time spent waiting for a host's turn (min interval, Crawl-delay, per-host cap)")
                .register(registry);
    }

    /** Time and bytes of one HTTP fetch, whatever became of it. */
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

    public void politenessWait(long millis) {
        politenessWait.record(Duration.ofMillis(millis));
    }

    public void validatorHit(String kind) {
        Counter.builder("tinradar.ingest.validator.hits").description("Unchanged content detected without parsing")
                .tag("kind", kind).register(registry).increment();
    }

    public void emitted(String sourceId) {
        Counter.builder("tinradar.ingest.items.emitted").description("Articles written to articles.raw")
                .tag("source", sourceId).register(registry).increment();
    }

    public void rejected(String reason) {
        Counter.builder("tinradar.ingest.rejected").description("Items sent to the rejected topic")
                .tag("reason", reason).register(registry).increment();
    }

    /** A registry-free instance for tools (the extract command) that report nothing. */
    public static IngestMetrics noop() {
        return new IngestMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

}
