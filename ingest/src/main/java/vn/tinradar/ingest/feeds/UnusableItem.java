package vn.tinradar.ingest.feeds;

/**
 * A feed or sitemap entry that names no article ingest can fetch, kept so it is reported rather than dropped.
 *
 * @param link the entry's link as written (null when it has none)
 * @param title the entry's title, to find it in the feed (null when it has none)
 * @param reason why no absolute http(s) address could be made of it
 */
public record UnusableItem(String link, String title, String reason) {
}
