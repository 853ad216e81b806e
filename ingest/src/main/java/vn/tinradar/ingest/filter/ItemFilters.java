package vn.tinradar.ingest.filter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.ItemFilter;

/** The keep/drop rules of the crawler, in the order they are applied. */
public final class ItemFilters {

    private ItemFilters() {
    }

    /**
     * The rules in their declared order: cheap ones on the feed entry first, so a dropped item costs no fetch;
     * within a stage, the first rule that does not keep an item decides.
     */
    public static List<ItemFilter> standard(IngestConfig config, CrawlState state, Clock clock) {
        Duration maxAge = Duration.ofDays(config.maxItemAgeDays());
        return List.of(
                TooOld.inFeed(maxAge, clock),
                new AlreadySent(),
                new UnreadableRevision(),
                new NoContent(),
                TooOld.onPage(maxAge, clock),
                new SameTextAsSent(state));
    }
}
