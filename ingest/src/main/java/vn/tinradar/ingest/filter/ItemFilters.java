package vn.tinradar.ingest.filter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.ItemFilter;

/**
 * The keep/drop rules of the crawler, built in the order {@code ingest.item-filters} lists them (names checked when
 * the settings load). Each rule acts at its own stage; within a stage, the first rule that does not keep an item
 * decides, and its name is the reason recorded.
 */
public final class ItemFilters {

    private ItemFilters() {
    }

    /** The rules {@code config.itemFilters()} names, in that order. */
    public static List<ItemFilter> configured(IngestConfig config, CrawlState state, Clock clock) {
        Duration maxAge = Duration.ofDays(config.maxItemAgeDays());
        return config.itemFilters().stream().map(name -> build(name, maxAge, state, clock)).toList();
    }

    private static ItemFilter build(String name, Duration maxAge, CrawlState state, Clock clock) {
        return switch (name) {
            case "too-old-in-feed" -> TooOld.inFeed(maxAge, clock);
            case "already-sent" -> new AlreadySent();
            case "unreadable-revision" -> new UnreadableRevision();
            case "no-content" -> new NoContent();
            case "too-old-on-page" -> TooOld.onPage(maxAge, clock);
            case "same-as-sent" -> new SameTextAsSent(state);
            default -> throw new IllegalArgumentException("no item filter named '" + name + "'; known: "
                    + IngestConfig.KNOWN_ITEM_FILTERS);
        };
    }
}
