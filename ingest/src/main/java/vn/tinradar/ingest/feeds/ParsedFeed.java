package vn.tinradar.ingest.feeds;

import java.util.List;

/**
 * What a feed document gave: its items, and for a sitemap index the sitemaps it lists.
 *
 * @param format what the document turned out to be (rss, atom, sitemap, sitemap-index, list)
 * @param skipped entries dropped because they had no usable URL
 */
public record ParsedFeed(String format, List<FeedItem> items, List<String> childSitemaps, int skipped) {

    public ParsedFeed {
        items = List.copyOf(items);
        childSitemaps = List.copyOf(childSitemaps);
    }
}
