package vn.tinradar.common.event;

import java.time.Instant;

/**
 * How crawling one source is going: the value of the compacted {@code ingest.health} topic, keyed by source id.
 *
 * <p>Ingest publishes a new value whenever a source's {@code state} changes (and at most every few minutes
 * otherwise), so the alert service can raise a source-health alert when a source goes silent or keeps failing,
 * and resolve it when the source recovers. {@code reason} says in plain words why the state is what it is.
 *
 * @param state {@code ok}, {@code failing} (its feeds keep failing and are backed off) or {@code silent}
 *              (no new item for much longer than usual)
 * @param usualGapMinutes the typical time between new items seen so far, 0 when not known yet
 */
public record SourceStatus(
        int v,
        String sourceId,
        String sourceName,
        SourceTier tier,
        String state,
        String reason,
        Instant lastSuccess,
        Instant lastNewItem,
        String lastError,
        Instant lastErrorAt,
        long fetches,
        long errors,
        long usualGapMinutes,
        Instant observedAt) {

    public static final int VERSION = 1;
    public static final String OK = "ok";
    public static final String FAILING = "failing";
    public static final String SILENT = "silent";

    public boolean healthy() {
        return OK.equals(state);
    }
}
