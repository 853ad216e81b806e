package vn.tinradar.ingest.filter;

import java.util.Set;
import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.Verdict;
import vn.tinradar.ingest.fetch.FetchOutcome;

/**
 * Drops an item that has nothing to send: its page gave nothing usable and the feed gives no title (with a title
 * the feed entry alone still makes an article). A page that failed for a passing reason is left for the next
 * poll; any other failure is a dead letter {@code no-content}, unless reading the page already sent one.
 */
public final class NoContent extends StagedFilter {

    /** Failures that may pass: the server or the network may answer the next poll. */
    private static final Set<FetchOutcome> PASSING = Set.of(FetchOutcome.TIMEOUT, FetchOutcome.ERROR,
            FetchOutcome.HTTP_ERROR, FetchOutcome.THROTTLED);

    public NoContent() {
        super("no-content", Stage.PAGE_READ);
    }

    @Override
    public Verdict judge(ItemCheck check) {
        if (check.page().usable() || check.item().title() != null) {
            return Verdict.keep();
        }
        if (PASSING.contains(check.page().outcome())) {
            return Verdict.defer().logging("page-retry-later", "outcome=" + check.page().problem());
        }
        Verdict skip = Verdict.skip(Verdict.Remember.UNUSABLE_PAGE);
        String detail = "page unusable (" + check.page().problem() + ") and the feed gives no title";
        return check.page().rejected() ? skip : skip.rejecting("no-content", detail);
    }
}
