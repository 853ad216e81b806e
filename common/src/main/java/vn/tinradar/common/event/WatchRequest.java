package vn.tinradar.common.event;

import java.time.Instant;

/**
 * A request to re-check a published article for silent edits and takedowns: the value of the compacted
 * {@code ingest.watch} topic, keyed by {@code articleId|origin}, so each alert or incident holds its own watch.
 *
 * <p>Alerts write one for every article of an alert and of an open incident; ingest re-checks the article while
 * any of its watches is {@code open}, at the fixed steps after {@code anchor} and then weekly (ingest README).
 *
 * @param origin what asked for it: {@code alert:<id>} or {@code incident:<id>}
 * @param anchor when the article was first seen (its publication time, else when the watch was made): the
 *     re-check steps count from it
 * @param open whether the alert or incident is still open; a closed one keeps only the fixed steps
 */
public record WatchRequest(int v, String articleId, String url, String title, String source, String origin,
                           Instant anchor, boolean open, Instant requestedAt) {

    public static final int VERSION = 1;

    /** The topic key of this request. */
    public String key() {
        return articleId + "|" + origin;
    }
}
