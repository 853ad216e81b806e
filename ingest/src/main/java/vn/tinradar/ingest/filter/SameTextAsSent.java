package vn.tinradar.ingest.filter;

import vn.tinradar.common.event.Article;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.Verdict;

/**
 * Drops an article already sent: a revision whose text did not change, or the same story under another address
 * (a tracking link, a second section) whose page names a canonical URL that was sent before.
 */
public final class SameTextAsSent extends StagedFilter {

    private final CrawlState state;

    public SameTextAsSent(CrawlState state) {
        super("same-as-sent", Stage.ASSEMBLED);
        this.state = state;
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
