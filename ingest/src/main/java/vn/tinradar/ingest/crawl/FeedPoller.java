package vn.tinradar.ingest.crawl;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.extract.ArticleExtractor;
import vn.tinradar.ingest.extract.ExtractedPage;
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
import vn.tinradar.ingest.social.ForumThread;
import vn.tinradar.ingest.social.SocialItem;
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
 * item has a title. Nothing here throws for bad remote input.
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
    private final List<ItemFilter> filters;
    private final CommentReader comments;
    private final ThreadPageReader threadPages;

    /** @param filters the keep/drop rules, applied in this order at the stage each names */
    public FeedPoller(IngestConfig config, Fetcher fetcher, CrawlState state, ArticleSink sink, IngestMetrics metrics,
                      Clock clock, List<ItemFilter> filters) {
        this.config = config;
        this.filters = List.copyOf(filters);
        this.fetcher = fetcher;
        this.state = state;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
        this.assembler = new ArticleAssembler(Duration.ofMinutes(config.futureDateToleranceMinutes()));
        this.budget = Duration.ofMillis(config.documentBudgetMs());
        this.comments = new CommentReader(fetcher, config.maxFeedBytes(), budget);
        this.threadPages = new ThreadPageReader(fetcher, metrics, config.maxPageBytes(), budget);
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
                reject(source, feed.url(), "too-large", result.detail(), 0);
            } else if (result.outcome() == FetchOutcome.UNSUPPORTED_TYPE) {
                reject(source, feed.url(), "wrong-content-type", result.detail(), 0);
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
            return new PollResult(true, pollThreads(source, items), result.outcome().tag(), null, result.etag(),
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
        reject(source, feed.url(), reason, detail, result.body().length);
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
        int emitted = emitPosts(source, feed.url(), listing, config.maxItemsPerPoll());
        return new PollResult(true, emitted, result.outcome().tag(), null, result.etag(), result.lastModified(),
                bodyHash);
    }

    /**
     * Sends each post of {@code listing} not sent before, at most {@code max}: an entry that cannot be a post (no id,
     * no time) is a dead letter {@code unusable-post} naming {@code listedAt}, and the others go on.
     */
    private int emitPosts(Source source, String listedAt, SocialListing listing, int max) {
        for (UnusableItem skipped : listing.skipped()) {
            reject(source, listedAt, "unusable-post",
                    skipped.reason() + ": link=" + skipped.link() + (skipped.title() == null ? "" : " title=" + skipped.title()), 0);
        }
        Instant fetchedAt = clock.instant();
        int emitted = 0;
        for (SocialItem post : listing.posts().subList(0, Math.min(listing.posts().size(), max))) {
            String itemId = ArticleIds.fromCanonicalUrl(post.url());
            FeedItem listed = new FeedItem(post.url(), post.title(), null, null, null, post.image(), "vi",
                    post.published(), null);
            ItemCheck check = ItemCheck.listed(source, listed, itemId, state.seen(source.id(), itemId));
            // a post sent before goes again when its counts changed: one more observation of its engagement
            boolean recount = PostRecount.due(check.before().orElse(null), post.engagement(), fetchedAt,
                    Duration.ofMinutes(config.postRecountMinutes()));
            Verdict verdict = recount ? Verdict.keep() : judge(ItemFilter.Stage.LISTED, check);
            if (!verdict.keeps()) {
                act(verdict, check);
                continue;
            }
            if (post.published().toInstant().isAfter(fetchedAt.plus(assembler.futureTolerance()))) {
                reject(source, post.url(), "future-date", "post dated " + post.published(), 0);
                continue;
            }
            Article article = post.toArticle(source, fetchedAt);
            sink.emit(article);
            state.markSeen(itemId, new SeenArticle(source.id(), article.url(), article.contentHash(), fetchedAt, null,
                    article.published().toInstant(), PostRecount.counts(post.engagement())));
            metrics.emitted(source.id());
            stats(source.id()).emitted(fetchedAt, article.published().toInstant());
            emitted++;
            LOG.info("event=post-emitted source={} id={} url={} platform={} account={} recount={}", source.id(),
                    article.id(), article.url(), post.post().platform(), post.post().account(), recount);
        }
        return emitted;
    }

    /**
     * A forum's feed lists threads: each listed thread's page is fetched (robots.txt, politeness and the size cap
     * of any page) and its posts not sent before go out; a thread page that cannot be read is a dead letter naming
     * it, and the other threads go on.
     */
    private int pollThreads(Source source, List<FeedItem> threads) {
        int emitted = 0;
        // a board's or a forum's feed lists posts, several of one thread (a real phpBB forum feed: 15 posts of 5
        // threads): a listed post already on a page read in this poll needs no fetch of its own
        Set<String> postsRead = new HashSet<>();
        for (FeedItem thread : threads.subList(0, Math.min(threads.size(), config.maxItemsPerPoll()))) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            Optional<String> listedPost = ForumThread.linkedPost(thread.url());
            if (listedPost.isPresent() && postsRead.contains(listedPost.get())) {
                continue;
            }
            PostsRead page = threadPages.read(source, thread.url());
            if (!page.failed()) {
                page.posts().posts().forEach(p -> postsRead.add(p.post().postId()));
            }
            emitted += emitRead(source, thread.url(), page);
        }
        return emitted;
    }

    /** The readers' comments of a just-sent article, as posts attached to it; a comment source failing is one dead letter. */
    private void readComments(Source source, Article article, String html) {
        // readers' talk weighs as social posts, not as the outlet's press: same source, tier forum-social
        Source readers = new Source(source.id(), source.name(), source.home(), SourceTier.FORUM_SOCIAL,
                source.provinceOnly(), source.allowPrivateNetwork(), source.minIntervalSeconds(),
                source.maxIntervalSeconds(), source.feeds(), source.selectors(), source.comments());
        emitRead(readers, article.url(), comments.read(source, article.url(), html));
    }

    /** Sends what {@code read} gave, listed at {@code listedAt}, or its one dead letter. */
    private int emitRead(Source source, String listedAt, PostsRead read) {
        if (read.failed()) {
            reject(source, read.url(), read.reason(), read.detail(), read.size());
            return 0;
        }
        return emitPosts(source, listedAt, read.posts(), config.maxItemsPerPoll());
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
                    reject(source, child, "unparseable-feed", e.getMessage(), childResult.body().length);
                } catch (ParseBudget.Exceeded e) {
                    reject(source, child, "over-budget", e.getMessage(), childResult.body().length);
                }
            }
        }
        return items;
    }

    /** Entries without a usable link become dead letters naming the feed, the link as written and why. */
    private void rejectUnusable(Source source, String feedUrl, ParsedFeed parsed) {
        for (UnusableItem item : parsed.unusable()) {
            reject(source, feedUrl, "unusable-item-link",
                    item.reason() + ": link=" + item.link() + (item.title() == null ? "" : " title=" + item.title()), 0);
        }
    }

    private enum ItemFate { EMITTED, SKIPPED, DEFERRED }

    private ItemFate process(Source source, FeedItem item) {
        String itemId = ArticleIds.fromCanonicalUrl(item.url());
        ItemCheck check = ItemCheck.listed(source, item, itemId, state.seen(source.id(), itemId));
        Verdict verdict = judge(ItemFilter.Stage.LISTED, check);
        if (!verdict.keeps()) {
            return act(verdict, check);
        }
        PageRead page = readPage(source, item);
        if (!page.usable() && Thread.currentThread().isInterrupted()) {
            return ItemFate.DEFERRED; // shutting down mid-fetch: the page did not fail, the next start reads it
        }
        check = check.withPage(page);
        verdict = judge(ItemFilter.Stage.PAGE_READ, check);
        if (!verdict.keeps()) {
            return act(verdict, check);
        }
        check = check.withArticle(assembler.assemble(source, item, page.extracted(), page.fetchedAt()));
        verdict = judge(ItemFilter.Stage.ASSEMBLED, check);
        if (!verdict.keeps()) {
            return act(verdict, check);
        }
        Article article = check.article();
        SeenArticle seen = sent(check);
        sink.emit(article);
        state.markSeen(article.id(), seen);
        if (!article.id().equals(itemId)) {
            state.markSeen(itemId, seen);
        }
        metrics.emitted(source.id());
        stats(source.id()).emitted(page.fetchedAt(), article.published().toInstant());
        if (source.comments() != null && check.before().isEmpty()) {
            // once, when the article is first sent: a revision does not fetch its comments again
            readComments(source, article, page.html());
        }
        LOG.info("event={} source={} id={} url={} date-source={} from={}{}",
                check.before().isPresent() ? "article-revised" : "article-emitted", source.id(), article.id(),
                article.url(), article.dateSource(), page.usable() ? "page" : "feed-only",
                page.problem() == null ? "" : " page-problem=" + page.problem());
        return ItemFate.EMITTED;
    }

    /** The verdict of the first rule of {@code stage} that does not keep the item, else keep. */
    private Verdict judge(ItemFilter.Stage stage, ItemCheck check) {
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
    private ItemFate act(Verdict verdict, ItemCheck check) {
        Source source = check.source();
        FeedItem item = check.item();
        if (verdict.rejectReason() != null) {
            reject(source, item.url(), verdict.rejectReason(), verdict.rejectDetail(), 0);
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
    private static SeenArticle sent(ItemCheck check) {
        Article article = check.article();
        FeedItem item = check.item();
        return new SeenArticle(check.source().id(), article.url(), article.contentHash(), check.page().fetchedAt(),
                item.updated() == null ? null : item.updated().toInstant(), article.published().toInstant());
    }

    private PageRead readPage(Source source, FeedItem item) {
        FetchResult page = fetcher.fetch(new FetchRequest(item.url(), source.id(), config.maxPageBytes(), null, null,
                source.privateHosts()));
        Instant fetchedAt = clock.instant();
        ExtractedPage extracted = null;
        String problem = null;
        boolean rejected = true; // every branch below that finds a problem also sends the dead letter
        String html = null;
        if (page.ok()) {
            html = ParseBudget.within(budget, () -> ContentDecoder.decode(page.body(), page.contentType()).text());
            String text = html;
            if (FeedParser.isFeedOrSitemap(html)) {
                problem = "wrong-content-type";
                reject(source, item.url(), problem, "article link serves a feed, not a page", page.body().length);
            } else {
                try {
                    extracted = ParseBudget.within(budget,
                            () -> ArticleExtractor.extract(text, page.finalUrl(), source.selectors()));
                    if (extracted.title() == null && extracted.text() == null) {
                        problem = "unparseable-page";
                        reject(source, item.url(), problem, "no title and no text found", page.body().length);
                        extracted = null;
                    }
                } catch (ParseBudget.Exceeded e) {
                    problem = "over-budget";
                    reject(source, item.url(), problem, e.getMessage(), page.body().length);
                } catch (RuntimeException | StackOverflowError e) {
                    // a library failing on hostile markup loses this page only
                    problem = "unparseable-page";
                    reject(source, item.url(), problem, "extractor failed: " + e, page.body().length);
                }
            }
        } else {
            problem = page.outcome().tag();
            if (page.outcome() == FetchOutcome.TOO_LARGE) {
                reject(source, item.url(), "too-large", page.detail(), page.body().length);
            } else if (page.outcome() == FetchOutcome.UNSUPPORTED_TYPE) {
                reject(source, item.url(), "wrong-content-type", page.detail(), 0);
            } else {
                rejected = false;
            }
        }
        metrics.fetched(source.id(), problem != null && page.ok() ? "parse-error" : page.outcome().tag());
        stats(source.id()).fetched(problem == null, problem, fetchedAt);
        return new PageRead(extracted, problem, page.outcome(), fetchedAt, problem != null && rejected,
                extracted == null ? null : html);
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

    private void reject(Source source, String url, String reason, String detail, long size) {
        metrics.rejected(reason);
        sink.reject(Rejected.of(source.id(), url, "ingest", reason, detail, size));
        LOG.info("event=rejected source={} url={} reason={} size={}", source.id(), url, reason, size);
    }
}
