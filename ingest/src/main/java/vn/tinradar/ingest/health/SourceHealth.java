package vn.tinradar.ingest.health;

import java.time.Instant;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.SourceTier;

/**
 * One row of {@code /api/sources}: how a source's crawling is going since the service started, and the
 * state that is also published to {@code ingest.health} ({@link #toStatus}) and shown as a metric.
 *
 * @param errorRate errors / fetches (feed and page fetches), 0 when nothing was fetched yet
 * @param itemsPerDay articles emitted per day since start (an average)
 * @param itemsLastDay articles emitted in the last 24 hours
 * @param lastNewItem date of the newest article the source has sent (this run or before a restart)
 * @param usualGapMinutes the source's usual time between articles, 0 while not known yet
 * @param nextPollAt earliest next poll of any of the source's feeds
 * @param state {@value #PENDING} (not polled yet), {@link SourceStatus#OK}, {@link SourceStatus#FAILING} (a feed
 *              keeps failing and is backed off) or {@link SourceStatus#SILENT} (no new item for much longer than
 *              usual)
 * @param reason why the state is what it is, in Vietnamese for staff; null when ok
 */
public record SourceHealth(String id, String name, SourceTier tier, Instant lastSuccess, String lastError,
                           Instant lastErrorAt, long fetches, long errors, double errorRate, long itemsEmitted,
                           double itemsPerDay, int itemsLastDay, Instant lastNewItem, long usualGapMinutes,
                           Instant nextPollAt, String state, String reason) {

    public static final String PENDING = "pending";

    /** The value for {@code ingest.health}, observed at {@code now}. */
    public SourceStatus toStatus(Instant now) {
        return new SourceStatus(SourceStatus.VERSION, id, name, tier, state, reason, lastSuccess, lastNewItem,
                lastError, lastErrorAt, fetches, errors, usualGapMinutes, now);
    }
}
