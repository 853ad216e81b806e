package vn.tinradar.ingest.crawl;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Article;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.source.Source;

/** The item filters' decision at each stage, and carrying out a decision to drop or defer an item. */
final class ItemJudge {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final List<ItemFilter> filters;
    private final CrawlState state;
    private final DeadLetters deadLetters;

    /** @param filters the keep/drop rules, applied in this order at the stage each names */
    ItemJudge(List<ItemFilter> filters, CrawlState state, DeadLetters deadLetters) {
        this.filters = List.copyOf(filters);
        this.state = state;
        this.deadLetters = deadLetters;
    }

    /** The verdict of the first rule of {@code stage} that does not keep the item, else keep. */
    Verdict judge(ItemFilter.Stage stage, ItemCheck check) {
        for (ItemFilter filter : filters) {
            if (filter.stage() == stage) {
                Verdict verdict = filter.judge(check);
                if (!verdict.keeps()) {
                    return verdict;
                }
            }
        }
        return Verdict.keep();
    }

    /** Carries out a rule's decision to drop or defer an item. */
    ItemFate act(Verdict verdict, ItemCheck check) {
        Source source = check.source();
        FeedItem item = check.item();
        if (verdict.rejectReason() != null) {
            deadLetters.send(source, item.url(), verdict.rejectReason(), verdict.rejectDetail(), 0);
        }
        Instant itemUpdated = item.updated() == null ? null : item.updated().toInstant();
        switch (verdict.remember()) {
            case REVISION_DATE -> state.markSeen(check.itemId(), check.before().orElseThrow().revisedAt(itemUpdated));
            case UNUSABLE_PAGE -> state.markSeen(check.itemId(), new SeenArticle(source.id(), item.url(), null,
                    check.page().fetchedAt(), itemUpdated, null));
            case ARTICLE -> state.markSeen(check.itemId(), sent(check));
            case NOTHING -> { }
        }
        if (verdict.event() != null) {
            LOG.info("event={} source={} url={} {}", verdict.event(), source.id(), item.url(), verdict.eventDetail());
        }
        return verdict.action() == Verdict.Action.DEFER ? ItemFate.DEFERRED : ItemFate.SKIPPED;
    }

    /** How the crawl state remembers the assembled article. */
    static SeenArticle sent(ItemCheck check) {
        Article article = check.article();
        FeedItem item = check.item();
        return new SeenArticle(check.source().id(), article.url(), article.contentHash(), check.page().fetchedAt(),
                item.updated() == null ? null : item.updated().toInstant(), article.published().toInstant());
    }
}
