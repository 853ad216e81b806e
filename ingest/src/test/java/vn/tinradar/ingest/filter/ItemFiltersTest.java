package vn.tinradar.ingest.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.ItemCheck;
import vn.tinradar.ingest.crawl.ItemFilter;
import vn.tinradar.ingest.crawl.PageRead;
import vn.tinradar.ingest.crawl.SeenArticle;
import vn.tinradar.ingest.crawl.Verdict;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.MemoryStateStore;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.FeedKind;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;
import vn.tinradar.ingest.TestConfigs;

/** Each keep/drop rule of the crawler on one item of a provincial paper's feed (the whole path: IngestServiceTest). */
class ItemFiltersTest {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String URL = "https://baolaocai.vn/sat-lo-dat-vui-lap-nha-dan-o-bat-xat-post12345.html";
    private static final Source BAO_LAO_CAI = new Source("baolaocai", "Báo Lào Cai", null,
            SourceTier.PROVINCIAL_PRESS, true, false, 0, 0,
            List.of(new Feed("baolaocai", "https://baolaocai.vn/rss/thoi-su.rss", FeedKind.RSS)), Selectors.NONE);

    @Test
    void appliesCheapRulesOnTheFeedEntryBeforeAnyPageIsFetched() {
        List<ItemFilter> rules = ItemFilters.configured(TestConfigs.fast(), CrawlState.restore(new MemoryStateStore()),
                CLOCK);

        assertThat(rules).extracting(ItemFilter::name).containsExactly("too-old-in-feed", "already-sent",
                "unreadable-revision", "no-content", "too-old-on-page", "same-as-sent");
        assertThat(rules).extracting(ItemFilter::stage).isSorted();
    }

    @Test
    void followsTheOrderTheSettingsListAndLeavesOutWhatTheyOmit() {
        List<ItemFilter> rules = ItemFilters.configured(TestConfigs.with(
                "item-filters: [already-sent, no-content, unreadable-revision, same-as-sent]"),
                CrawlState.restore(new MemoryStateStore()), CLOCK);

        assertThat(rules).extracting(ItemFilter::name).containsExactly("already-sent", "no-content",
                "unreadable-revision", "same-as-sent");
    }

    @Test
    void everyRuleTheSettingsMayNameCanBeBuilt() {
        List<ItemFilter> rules = ItemFilters.configured(TestConfigs.with("item-filters: "
                + vn.tinradar.ingest.config.IngestConfig.KNOWN_ITEM_FILTERS), CrawlState.restore(new MemoryStateStore()),
                CLOCK);

        assertThat(rules).extracting(ItemFilter::name)
                .containsExactlyElementsOf(vn.tinradar.ingest.config.IngestConfig.KNOWN_ITEM_FILTERS);
    }

    @Test
    void dropsItemWhoseFeedDateIsPastTheMaximumAgeWithoutRememberingIt() {
        Verdict verdict = TooOld.inFeed(Duration.ofDays(30), CLOCK).judge(listed(item(daysAgo(31), null), null));

        assertThat(verdict.action()).isEqualTo(Verdict.Action.SKIP);
        assertThat(verdict.remember()).isEqualTo(Verdict.Remember.NOTHING);
    }

    @Test
    void keepsItemWithoutDateInTheFeed() {
        assertThat(TooOld.inFeed(Duration.ofDays(30), CLOCK).judge(listed(item(null, null), null)).keeps()).isTrue();
    }

    @Test
    void dropsItemSentBeforeThatTheFeedDoesNotMarkRevised() {
        SeenArticle sent = new SeenArticle("baolaocai", URL, "hash-1", NOW.minusSeconds(7200), null, null);

        assertThat(new AlreadySent().judge(listed(item(daysAgo(0), null), sent)).keeps()).isFalse();
    }

    @Test
    void keepsItemTheFeedMarksUpdatedAfterTheVersionSent() {
        SeenArticle sent = new SeenArticle("baolaocai", URL, "hash-1", NOW.minusSeconds(7200), null, null);
        FeedItem revised = item(daysAgo(0), OffsetDateTime.ofInstant(NOW.minusSeconds(600), VN));

        assertThat(new AlreadySent().judge(listed(revised, sent)).keeps()).isTrue();
    }

    @Test
    void leavesUntitledItemForTheNextPollWhenItsPageTimedOut() {
        FeedItem untitled = new FeedItem(URL, null, null, null, null, null, "vi", null, null);
        PageRead timedOut = new PageRead(null, "timeout", FetchOutcome.TIMEOUT, NOW, false);

        Verdict verdict = new NoContent().judge(paged(untitled, timedOut));

        assertThat(verdict.action()).isEqualTo(Verdict.Action.DEFER);
        assertThat(verdict.rejectReason()).isNull();
        assertThat(verdict.eventDetail()).isEqualTo("outcome=timeout");
    }

    @Test
    void rejectsUntitledItemAsNoContentWhenItsPageIsGone() {
        FeedItem untitled = new FeedItem(URL, null, null, null, null, null, "vi", null, null);
        PageRead gone = new PageRead(null, "gone", FetchOutcome.GONE, NOW, false);

        Verdict verdict = new NoContent().judge(paged(untitled, gone));

        assertThat(verdict.action()).isEqualTo(Verdict.Action.SKIP);
        assertThat(verdict.remember()).isEqualTo(Verdict.Remember.UNUSABLE_PAGE);
        assertThat(verdict.rejectReason()).isEqualTo("no-content");
        assertThat(verdict.rejectDetail()).contains("gone");
    }

    @Test
    void keepsItemWithFeedTitleWhenItsPageIsGone() {
        PageRead gone = new PageRead(null, "gone", FetchOutcome.GONE, NOW, false);

        assertThat(new NoContent().judge(paged(item(daysAgo(0), null), gone)).keeps()).isTrue();
    }

    private static ItemCheck listed(FeedItem item, SeenArticle before) {
        return new ItemCheck(BAO_LAO_CAI, item, "id-12345", Optional.ofNullable(before), null, null);
    }

    private static ItemCheck paged(FeedItem item, PageRead page) {
        return new ItemCheck(BAO_LAO_CAI, item, "id-12345", Optional.empty(), page, null);
    }

    private static FeedItem item(OffsetDateTime published, OffsetDateTime updated) {
        return new FeedItem(URL, "Sạt lở đất vùi lấp nhà dân ở Bát Xát", "Mưa lớn kéo dài gây sạt lở tại xã Y Tý.",
                null, "Thời sự", null, "vi", published, updated);
    }

    private static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.ofInstant(NOW.minus(Duration.ofDays(days)), VN);
    }
}
