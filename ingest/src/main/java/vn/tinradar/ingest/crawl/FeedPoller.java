package vn.tinradar.ingest.crawl;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.feeds.ListPageParser;
import vn.tinradar.ingest.feeds.ParsedFeed;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.social.SocialListing;
import vn.tinradar.ingest.social.TelegramPreview;
import vn.tinradar.ingest.social.YouTubeFeed;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.FeedKind;
import vn.tinradar.ingest.source.Source;
import vn.tinradar.ingest.text.ContentDecoder;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * One poll of one feed: conditional GET, parse (feed, sitemap or list page), and for each item the
 * {@link ItemFilter}s keep, fetch and extract its page, emit the article, and record it as seen. The filters
 * decide at three stages (listed, page read, assembled) which items are dropped, left for a later poll or sent
 * as dead letters; a page that cannot be fetched or read still yields an article from the feed item when the
 * item has a title. Nothing here throws for bad remote input. The parts: {@link ItemJudge} (the filters' verdicts),
 * {@link PageReader} (an item's page), {@link PostEmitter} (social posts, thread pages, readers' comments) and
 * {@link DeadLetters}.
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /** A sitemap index may list hundreds of sitemaps; the newest few are where new articles appear. */
    static final int MAX_CHILD_SITEMAPS = 5;

    private final IngestConfig config;
    private final Fetcher fetcher;
    private final CrawlState state;
    private final ArticleSink sink;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final ArticleAssembler assembler;
    private final Map<String, SourceStats> stats = new ConcurrentHashMap<>();
    private final Duration budget;
    private final DeadLetters deadLetters;
    private final ItemJudge judge;
    private final PageReader pages;
    private final PostEmitter posts;

    /** @param filters the keep/drop rules, applied in this order at the stage each names */
    public FeedPoller(IngestConfig config, Fetcher fetcher, CrawlState state, ArticleSink sink, IngestMetrics metrics,
                      Clock clock, List<ItemFilter> filters) {
        this.config = config;
        this.fetcher = fetcher;
        this.state = state;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
        this.assembler = new ArticleAssembler(Duration.ofMinutes(config.futureDateToleranceMinutes()));
        this.budget = Duration.ofMillis(config.documentBudgetMs());
        this.deadLetters = new DeadLetters(sink, metrics);
        this.judge = new ItemJudge(filters, state, deadLetters);
        this.pages = new PageReader(fetcher, config.maxPageBytes(), budget, clock, metrics, this::stats, deadLetters);
        this.posts = new PostEmitter(config, state, sink, metrics, clock, this::stats, judge, deadLetters,
                assembler.futureTolerance(), new CommentReader(fetcher, config.maxFeedBytes(), budget),
                new ThreadPageReader(fetcher, metrics, config.maxPageBytes(), budget));
    }

    public SourceStats stats(String sourceId) {
        return stats.computeIfAbsent(sourceId, id -> new SourceStats());
    }

    /** Polls {@code feed} once with the validators in {@code previous}; the caller schedules the next poll. */
    public PollResult poll(Source source, Feed feed, FeedState previous) {
        FetchResult result = fetcher.fetch(new FetchRequest(feed.url(), source.id(), config.maxFeedBytes(),
                previous.etag(), previous.lastModified(), source.privateHosts()));
        if (result.outcome() == FetchOutcome.NOT_MODIFIED) {
            metrics.feedPolled(source.id(), IngestMetrics.FeedPoll.NOT_MODIFIED);
            return counted(source, feed, new PollResult(true, 0, result.outcome().tag(), null, previous.etag(),
                    previous.lastModified(), previous.bodyHash()));
        }
        if (!result.ok()) {
            if (result.outcome() == FetchOutcome.TOO_LARGE) {
                deadLetters.send(source, feed.url(), "too-large", result.detail(), 0);
            } else if (result.outcome() == FetchOutcome.UNSUPPORTED_TYPE) {
                deadLetters.send(source, feed.url(), "wrong-content-type", result.detail(), 0);
            }
            metrics.feedPolled(source.id(), IngestMetrics.FeedPoll.FAILED);
            return counted(source, feed, PollResult.failed(result.outcome().tag(), result.detail()));
        }
        // some CMSs ignore conditional GET: an identical body needs no parsing either
        String bodyHash = ArticleIds.sha256Hex(new String(result.body(), StandardCharsets.ISO_8859_1));
        if (bodyHash.equals(previous.bodyHash())) {
            metrics.feedPolled(source.id(), IngestMetrics.FeedPoll.UNCHANGED);
            return counted(source, feed, new PollResult(true, 0, result.outcome().tag(), null, result.etag(),
                    result.lastModified(), bodyHash));
        }
        if (feed.kind().social()) {
            return pollPosts(source, feed, result, bodyHash);
        }
        List<FeedItem> items;
        try {
            items = items(source, feed, result);
        } catch (FeedParseException | RuntimeException | StackOverflowError e) {
            return parseFailed(source, feed, result, e);
        }
        metrics.feedPolled(source.id(), IngestMetrics.FeedPoll.CHANGED);
        counted(source, feed, new PollResult(true, 0, result.outcome().tag(), null, null, null, null));
        if (feed.kind() == FeedKind.FORUM) {
            return new PollResult(true, posts.emitThreads(source, items), result.outcome().tag(), null, result.etag(),
                    result.lastModified(), bodyHash);
        }
        int emitted = 0;
        boolean unfinished = false;
        for (FeedItem item : items.subList(0, Math.min(items.size(), config.maxItemsPerPoll()))) {
            if (Thread.currentThread().isInterrupted()) {
                unfinished = true; // shutting down: the rest was not marked seen and is picked up after restart
                break;
            }
            ItemFate fate = process(source, item);
            emitted += fate == ItemFate.EMITTED ? 1 : 0;
            unfinished |= fate == ItemFate.DEFERRED;
        }
        if (unfinished) {
            // no validators kept: the next poll must read this body again to retry the items left over
            return new PollResult(true, emitted, result.outcome().tag(), null, null, null, null);
        }
        return new PollResult(true, emitted, result.outcome().tag(), null, result.etag(), result.lastModified(),
                bodyHash);
    }

    /** A listing that could not be read loses this poll only: one dead letter, the feed counted as failed. */
    private PollResult parseFailed(Source source, Feed feed, FetchResult result, Throwable e) {
        // a parser library recursing on hostile nesting loses this feed only (NestingDepth refuses the known case)
        String reason = e instanceof ParseBudget.Exceeded ? "over-budget" : "unparseable-feed";
        String detail = e instanceof FeedParseException || e instanceof ParseBudget.Exceeded ? e.getMessage()
                : "parser failed: " + e;
        deadLetters.send(source, feed.url(), reason, detail, result.body().length);
        metrics.feedPolled(source.id(), IngestMetrics.FeedPoll.FAILED);
        return counted(source, feed, PollResult.failed("parse-error", detail));
    }

    /**
     * A social channel's listing carries each post whole: each post not sent before is emitted as it is, with no
     * page fetched; an entry that cannot be a post (no id, no time) is a dead letter and the others go on.
     */
    private PollResult pollPosts(Source source, Feed feed, FetchResult result, String bodyHash) {
        SocialListing listing;
        try {
            listing = ParseBudget.within(budget, () -> {
                String text = ContentDecoder.decode(result.body(), result.contentType()).text();
                return feed.kind() == FeedKind.YOUTUBE ? YouTubeFeed.parse(text)
                        : TelegramPreview.parse(text, result.finalUrl());
            });
        } catch (FeedParseException | RuntimeException | StackOverflowError e) {
            return parseFailed(source, feed, result, e);
        }
        metrics.feedPolled(source.id(), IngestMetrics.FeedPoll.CHANGED);
        counted(source, feed, new PollResult(true, 0, result.outcome().tag(), null, null, null, null));
        int emitted = posts.emitListing(source, feed.url(), listing);
        return new PollResult(true, emitted, result.outcome().tag(), null, result.etag(), result.lastModified(),
                bodyHash);
    }

    private List<FeedItem> items(Source source, Feed feed, FetchResult result) throws FeedParseException {
        if (feed.kind() == FeedKind.LIST) {
            return ParseBudget.within(budget, () -> {
                String html = ContentDecoder.decode(result.body(), result.contentType()).text();
                return ListPageParser.parse(html, result.finalUrl(), source.selectors().links()).items();
            });
        }
        ParsedFeed parsed = ParseBudget.within(budget,
                () -> FeedParser.parse(result.body(), result.contentType(), result.finalUrl(), config.maxItemsPerPoll()));
        rejectUnusable(source, feed.url(), parsed);
        List<FeedItem> items = new ArrayList<>(parsed.items());
        for (String child : parsed.childSitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, parsed.childSitemaps().size()))) {
            FetchResult childResult = fetcher.fetch(new FetchRequest(child, source.id(), config.maxFeedBytes(), null,
                    null, source.privateHosts()));
            metrics.fetched(source.id(), childResult.outcome().tag());
            if (childResult.ok()) {
                try {
                    ParsedFeed childFeed = ParseBudget.within(budget, () -> FeedParser.parse(childResult.body(),
                            childResult.contentType(), child, config.maxItemsPerPoll()));
                    rejectUnusable(source, child, childFeed);
                    items.addAll(childFeed.items());
                } catch (FeedParseException e) {
                    deadLetters.send(source, child, "unparseable-feed", e.getMessage(), childResult.body().length);
                } catch (ParseBudget.Exceeded e) {
                    deadLetters.send(source, child, "over-budget", e.getMessage(), childResult.body().length);
                }
            }
        }
        return items;
    }

    /** Entries without a usable link become dead letters naming the feed, the link as written and why. */
    private void rejectUnusable(Source source, String feedUrl, ParsedFeed parsed) {
        for (UnusableItem item : parsed.unusable()) {
            deadLetters.send(source, feedUrl, "unusable-item-link",
                    item.reason() + ": link=" + item.link() + (item.title() == null ? "" : " title=" + item.title()), 0);
        }
    }

    private ItemFate process(Source source, FeedItem item) {
        String itemId = ArticleIds.fromCanonicalUrl(item.url());
        ItemCheck check = ItemCheck.listed(source, item, itemId, state.seen(source.id(), itemId));
        Verdict verdict = judge.judge(ItemFilter.Stage.LISTED, check);
        if (!verdict.keeps()) {
            return judge.act(verdict, check);
        }
        PageRead page = pages.read(source, item);
        if (!page.usable() && Thread.currentThread().isInterrupted()) {
            return ItemFate.DEFERRED; // shutting down mid-fetch: the page did not fail, the next start reads it
        }
        check = check.withPage(page);
        verdict = judge.judge(ItemFilter.Stage.PAGE_READ, check);
        if (!verdict.keeps()) {
            return judge.act(verdict, check);
        }
        check = check.withArticle(assembler.assemble(source, item, page.extracted(), page.fetchedAt()));
        verdict = judge.judge(ItemFilter.Stage.ASSEMBLED, check);
        if (!verdict.keeps()) {
            return judge.act(verdict, check);
        }
        Article article = check.article();
        SeenArticle seen = ItemJudge.sent(check);
        sink.emit(article);
        state.markSeen(article.id(), seen);
        if (!article.id().equals(itemId)) {
            state.markSeen(itemId, seen);
        }
        metrics.emitted(source.id());
        stats(source.id()).emitted(page.fetchedAt(), article.published().toInstant());
        if (source.comments() != null && check.before().isEmpty()) {
            // once, when the article is first sent: a revision does not fetch its comments again
            posts.emitComments(source, article, page.html());
        }
        LOG.info("event={} source={} id={} url={} date-source={} from={}{}",
                check.before().isPresent() ? "article-revised" : "article-emitted", source.id(), article.id(),
                article.url(), article.dateSource(), page.usable() ? "page" : "feed-only",
                page.problem() == null ? "" : " page-problem=" + page.problem());
        return ItemFate.EMITTED;
    }

    private PollResult counted(Source source, Feed feed, PollResult result) {
        metrics.fetched(source.id(), result.outcome());
        stats(source.id()).fetched(result.ok(), result.ok() ? null : result.outcome() + ": " + result.detail(),
                clock.instant());
        if (!result.ok()) {
            LOG.warn("event=feed-failed source={} feed={} outcome={} detail=\"{}\"", source.id(), feed.url(),
                    result.outcome(), result.detail());
        }
        return result;
    }

}
