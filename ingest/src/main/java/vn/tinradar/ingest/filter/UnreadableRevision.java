package vn.tinradar.ingest.filter;

import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.Verdict;

/**
 * Drops a revision of an article already sent when its page cannot be read: what was sent stays, and this
 * revision date is not asked about again.
 */
public final class UnreadableRevision extends StagedFilter {

    public UnreadableRevision() {
        super("unreadable-revision", Stage.PAGE_READ);
    }

    @Override
    public Verdict judge(ItemCheck check) {
        return check.before().isPresent() && !check.page().usable()
                ? Verdict.skip(Verdict.Remember.REVISION_DATE) : Verdict.keep();
    }
}
