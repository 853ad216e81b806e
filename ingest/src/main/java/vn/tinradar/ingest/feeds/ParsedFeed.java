package vn.tinradar.ingest.feeds;

import java.util.List;

/**
 * What a feed document gave: its items, and for a sitemap index the sitemaps it lists.
 *
 * @param format what the document turned out to be (rss, atom, sitemap, sitemap-index, list)
 * @param unusable entries left out because no fetchable URL could be made of them, each with the reason
 */
public record ParsedFeed(String format, List<FeedItem> items, List<String> childSitemaps,
                         List<UnusableItem> unusable) {

    public ParsedFeed {
        items = List.copyOf(items);
        childSitemaps = List.copyOf(childSitemaps);
        unusable = List.copyOf(unusable);
    }

    /** How many entries were left out for want of a usable URL. */
    public int skipped() {
        return unusable.size();
    }
}
