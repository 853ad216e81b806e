package vn.tinradar.ingest.filter;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.Verdict;

/**
 * Drops an item published longer ago than {@code max-item-age-days}: judged once on the feed's date, before any
 * page is fetched, and again on the page's own date, since a feed without dates can list an archive page.
 */
public final class TooOld extends StagedFilter {

    private final Duration maxAge;
    private final Clock clock;

    private TooOld(Stage stage, Duration maxAge, Clock clock) {
        super(stage == Stage.LISTED ? "too-old-in-feed" : "too-old-on-page", stage);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** On the date the feed gives; nothing is remembered, so a feed that later lists it again costs no fetch. */
    public static TooOld inFeed(Duration maxAge, Clock clock) {
        return new TooOld(Stage.LISTED, maxAge, clock);
    }

    /** On the date the page shows; remembered as seen, since the page was already fetched once. */
    public static TooOld onPage(Duration maxAge, Clock clock) {
        return new TooOld(Stage.ASSEMBLED, maxAge, clock);
    }

    @Override
    public Verdict judge(ItemCheck check) {
        if (stage() == Stage.LISTED) {
            return tooOld(check.item().published()) ? Verdict.skip(Verdict.Remember.NOTHING) : Verdict.keep();
        }
        OffsetDateTime published = check.article().published();
        return tooOld(published)
                ? Verdict.skip(Verdict.Remember.ARTICLE).logging("item-too-old", "published=" + published)
                : Verdict.keep();
    }

    private boolean tooOld(OffsetDateTime published) {
        return published != null && published.toInstant().isBefore(clock.instant().minus(maxAge));
    }
}
