package vn.tinradar.ingest.crawl;

import java.time.Instant;

/**
 * An article already sent for a source, so restarts and re-listings emit nothing new.
 *
 * @param at when it was fetched and sent
 * @param updated the feed's "updated" date of the version sent, or null; a later one means a revision
 * @param published the article's own date as sent (null in entries written before it was kept, and for
 *                  items that were never sent): seeds the source's publishing rhythm after a restart
 * @param counts a social post's counts as sent ({@link PostRecount#counts}), null for press articles and in entries
 *               written before they were kept
 */
public record SeenArticle(String sourceId, String url, String contentHash, Instant at, Instant updated,
                          Instant published, String counts) {

    /** An entry without counts: a press article, or an item never sent. */
    public SeenArticle(String sourceId, String url, String contentHash, Instant at, Instant updated,
                       Instant published) {
        this(sourceId, url, contentHash, at, updated, published, null);
    }

    /** This entry, noting that the revision of {@code newUpdated} has been looked at. */
    SeenArticle revisedAt(Instant newUpdated) {
        return new SeenArticle(sourceId, url, contentHash, at, newUpdated, published, counts);
    }
}
