package vn.tinradar.ingest.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.social.ForumThread;
import vn.tinradar.ingest.social.SocialItem;
import vn.tinradar.ingest.social.SocialListing;
import vn.tinradar.ingest.source.Source;

/**
 * Sends social posts: a channel's listing, the posts of a forum's thread pages and the readers' comments under an
 * article. Each post not sent before goes out whole, and one sent before goes again when its counts changed; an entry
 * that cannot be a post is a dead letter and the others go on.
 */
final class PostEmitter {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final CrawlState state;
    private final ArticleSink sink;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Function<String, SourceStats> stats;
    private final ItemJudge judge;
    private final DeadLetters deadLetters;
    private final int maxItemsPerPoll;
    private final Duration recountAfter;
    private final Duration futureTolerance;
    private final CommentReader comments;
    private final ThreadPageReader threadPages;

    PostEmitter(IngestConfig config, CrawlState state, ArticleSink sink, IngestMetrics metrics, Clock clock,
                Function<String, SourceStats> stats, ItemJudge judge, DeadLetters deadLetters,
                Duration futureTolerance, CommentReader comments, ThreadPageReader threadPages) {
        this.state = state;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
        this.stats = stats;
        this.judge = judge;
        this.deadLetters = deadLetters;
        this.maxItemsPerPoll = config.maxItemsPerPoll();
        this.recountAfter = Duration.ofMinutes(config.postRecountMinutes());
        this.futureTolerance = futureTolerance;
        this.comments = comments;
        this.threadPages = threadPages;
    }

    /**
     * Sends each post of {@code listing} not sent before, at most the poll's item cap: an entry that cannot be a post
     * (no id, no time) is a dead letter {@code unusable-post} naming {@code listedAt}, and the others go on.
     */
    int emitListing(Source source, String listedAt, SocialListing listing) {
        for (UnusableItem skipped : listing.skipped()) {
            deadLetters.send(source, listedAt, "unusable-post", skipped.reason() + ": link=" + skipped.link()
                    + (skipped.title() == null ? "" : " title=" + skipped.title()), 0);
        }
        Instant fetchedAt = clock.instant();
        int emitted = 0;
        for (SocialItem post : listing.posts().subList(0, Math.min(listing.posts().size(), maxItemsPerPoll))) {
            String itemId = ArticleIds.fromCanonicalUrl(post.url());
            FeedItem listed = new FeedItem(post.url(), post.title(), null, null, null, post.image(), "vi",
                    post.published(), null);
            ItemCheck check = ItemCheck.listed(source, listed, itemId, state.seen(source.id(), itemId));
            // a post sent before goes again when its counts changed: one more observation of its engagement
            boolean recount = PostRecount.due(check.before().orElse(null), post.engagement(), fetchedAt, recountAfter);
            Verdict verdict = recount ? Verdict.keep() : judge.judge(ItemFilter.Stage.LISTED, check);
            if (!verdict.keeps()) {
                judge.act(verdict, check);
                continue;
            }
            if (post.published().toInstant().isAfter(fetchedAt.plus(futureTolerance))) {
                deadLetters.send(source, post.url(), "future-date", "post dated " + post.published(), 0);
                continue;
            }
            Article article = post.toArticle(source, fetchedAt);
            sink.emit(article);
            state.markSeen(itemId, new SeenArticle(source.id(), article.url(), article.contentHash(), fetchedAt, null,
                    article.published().toInstant(), PostRecount.counts(post.engagement())));
            metrics.emitted(source.id());
            stats.apply(source.id()).emitted(fetchedAt, article.published().toInstant());
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
    int emitThreads(Source source, List<FeedItem> threads) {
        int emitted = 0;
        // a board's or a forum's feed lists posts, several of one thread (a real phpBB forum feed: 15 posts of 5
        // threads): a listed post already on a page read in this poll needs no fetch of its own
        Set<String> postsRead = new HashSet<>();
        for (FeedItem thread : threads.subList(0, Math.min(threads.size(), maxItemsPerPoll))) {
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
    void emitComments(Source source, Article article, String html) {
        // readers' talk weighs as social posts, not as the outlet's press: same source, tier forum-social
        Source readers = new Source(source.id(), source.name(), source.home(), SourceTier.FORUM_SOCIAL,
                source.provinceOnly(), source.allowPrivateNetwork(), source.minIntervalSeconds(),
                source.maxIntervalSeconds(), source.feeds(), source.selectors(), source.comments());
        emitRead(readers, article.url(), comments.read(source, article.url(), html));
    }

    /** Sends what {@code read} gave, listed at {@code listedAt}, or its one dead letter. */
    private int emitRead(Source source, String listedAt, PostsRead read) {
        if (read.failed()) {
            deadLetters.send(source, read.url(), read.reason(), read.detail(), read.size());
            return 0;
        }
        return emitListing(source, listedAt, read.posts());
    }
}
