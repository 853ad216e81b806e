package vn.tinradar.ingest;

import java.time.Instant;
import vn.tinradar.common.event.SourceTier;

/**
 * One row of {@code /api/sources}: how a source's crawling is going since the service started.
 *
 * @param errorRate errors / fetches (feed and page fetches), 0 when nothing was fetched yet
 * @param itemsPerDay articles emitted per day since start
 * @param nextPollAt earliest next poll of any of the source's feeds
 * @param state pending (not polled yet), ok, backoff (a feed keeps failing) or silent (no new item for long)
 */
public record SourceHealth(String id, String name, SourceTier tier, Instant lastSuccess, String lastError,
                           Instant lastErrorAt, long fetches, long errors, double errorRate, long itemsEmitted,
                           double itemsPerDay, Instant nextPollAt, String state) {
}
