package vn.tinradar.ingest.filter;

import vn.tinradar.common.event.Article;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.ItemFilter;
import vn.tinradar.ingest.crawl.Verdict;

/**
 * Drops an article already sent: a revision whose text did not change, or the same story under another address
 * (a tracking link, a second section) whose page names a canonical URL that was sent before.
 */
public final class SameTextAsSent implements ItemFilter {

    private final CrawlState state;

    public SameTextAsSent(CrawlState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return "same-as-sent";
    }

    @Override
    public Stage stage() {
        return Stage.ASSEMBLED;
    }

    @Override
    public Verdict judge(ItemCheck check) {
        Article article = check.article();
        boolean sameAsSent = check.before().isPresent()
                ? article.contentHash().equals(check.before().get().contentHash())
                : !article.id().equals(check.itemId()) && state.isSeen(check.source().id(), article.id());
        return sameAsSent ? Verdict.skip(Verdict.Remember.ARTICLE) : Verdict.keep();
    }
}
