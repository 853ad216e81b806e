package vn.tinradar.ingest.feeds;

import java.time.OffsetDateTime;

/**
 * One entry a feed, sitemap or section page points at.
 *
 * @param url canonical absolute URL of the article
 * @param published null when the feed gives no readable date
 */
public record FeedItem(String url, String title, String summary, String author, String section, String image,
                       String language, OffsetDateTime published, OffsetDateTime updated) {
}
