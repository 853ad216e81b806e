package vn.tinradar.ingest.crawl;

import java.time.Instant;

/** An article already sent for a source: its URL and content hash, so restarts and re-listings emit nothing new. */
public record SeenArticle(String sourceId, String url, String contentHash, Instant at) {
}
