package vn.tinradar.ingest.crawl;

import java.util.Optional;
import vn.tinradar.common.event.Article;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.source.Source;

/**
 * What an {@link ItemFilter} may look at: the item, what was sent before under its id, and as the stages go on
 * the page read and the article assembled.
 *
 * @param itemId the id of the item's canonical URL (the article's own id may differ once its page is read)
 * @param before the version sent earlier under {@code itemId}, if any
 * @param page null at {@link ItemFilter.Stage#LISTED}
 * @param article null before {@link ItemFilter.Stage#ASSEMBLED}
 */
public record ItemCheck(Source source, FeedItem item, String itemId, Optional<SeenArticle> before, PageRead page,
                        Article article) {

    static ItemCheck listed(Source source, FeedItem item, String itemId, Optional<SeenArticle> before) {
        return new ItemCheck(source, item, itemId, before, null, null);
    }

    ItemCheck withPage(PageRead read) {
        return new ItemCheck(source, item, itemId, before, read, null);
    }

    ItemCheck withArticle(Article assembled) {
        return new ItemCheck(source, item, itemId, before, page, assembled);
    }
}
