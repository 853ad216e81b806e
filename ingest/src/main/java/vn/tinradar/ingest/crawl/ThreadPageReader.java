package vn.tinradar.ingest.crawl;

import java.time.Duration;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.social.ForumThread;
import vn.tinradar.ingest.source.Source;
import vn.tinradar.ingest.text.ContentDecoder;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Fetches one forum thread page a forum's feed lists, through the crawler's {@link Fetcher} (robots.txt, per-host
 * turns, global cap, the page size cap), and reads its posts ({@link ForumThread}).
 */
final class ThreadPageReader {

    private final Fetcher fetcher;
    private final IngestMetrics metrics;
    private final long maxBytes;
    private final Duration budget;

    ThreadPageReader(Fetcher fetcher, IngestMetrics metrics, long maxBytes, Duration budget) {
        this.fetcher = fetcher;
        this.metrics = metrics;
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    /** The thread's posts; a page that cannot be fetched without a dead letter (a timeout, a 404) gives none. */
    PostsRead read(Source source, String threadUrl) {
        FetchResult page = fetcher.fetch(new FetchRequest(threadUrl, source.id(), maxBytes, null, null,
                source.privateHosts()));
        metrics.fetched(source.id(), page.outcome().tag());
        if (!page.ok()) {
            if (page.outcome() == FetchOutcome.TOO_LARGE) {
                return PostsRead.failed(threadUrl, "too-large", page.detail(), page.body().length);
            }
            if (page.outcome() == FetchOutcome.UNSUPPORTED_TYPE) {
                return PostsRead.failed(threadUrl, "wrong-content-type", page.detail(), 0);
            }
            return PostsRead.none();
        }
        try {
            return PostsRead.of(ParseBudget.within(budget, () -> ForumThread.parse(
                    ContentDecoder.decode(page.body(), page.contentType()).text(), page.finalUrl())));
        } catch (FeedParseException e) {
            return PostsRead.failed(threadUrl, "unparseable-page", e.getMessage(), page.body().length);
        } catch (ParseBudget.Exceeded e) {
            return PostsRead.failed(threadUrl, "over-budget", e.getMessage(), page.body().length);
        } catch (RuntimeException | StackOverflowError e) {
            // a library failing on hostile markup loses this page only
            return PostsRead.failed(threadUrl, "unparseable-page", "thread reader failed: " + e, page.body().length);
        }
    }
}
