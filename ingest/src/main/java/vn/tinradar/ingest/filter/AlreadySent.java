package vn.tinradar.ingest.filter;

import java.time.Instant;
import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.SeenArticle;
import vn.tinradar.ingest.crawl.Verdict;
import vn.tinradar.ingest.feeds.FeedItem;

/**
 * Drops an item whose URL was sent before, unless the feed says it changed after the version sent (each revision
 * date is checked once): restarts and feeds that list the same articles for days send nothing twice.
 */
public final class AlreadySent extends StagedFilter {

    public AlreadySent() {
        super("already-sent", Stage.LISTED);
    }

    @Override
    public Verdict judge(ItemCheck check) {
        return check.before().isPresent() && !revised(check.item(), check.before().get())
                ? Verdict.skip(Verdict.Remember.NOTHING) : Verdict.keep();
    }

    private static boolean revised(FeedItem item, SeenArticle seen) {
        if (item.updated() == null) {
            return false;
        }
        Instant updated = item.updated().toInstant();
        return seen.updated() != null ? updated.isAfter(seen.updated()) : seen.at() != null && updated.isAfter(seen.at());
    }
}
