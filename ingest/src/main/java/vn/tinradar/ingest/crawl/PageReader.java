package vn.tinradar.ingest.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import vn.tinradar.ingest.extract.ArticleExtractor;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.source.Source;
import vn.tinradar.ingest.text.ContentDecoder;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Fetches a listed item's page and extracts it within the document budget; a page that cannot be fetched or read
 * is a dead letter with its reason (except a plain fetch failure, which the next poll retries), never an exception.
 */
final class PageReader {

    private final Fetcher fetcher;
    private final long maxPageBytes;
    private final Duration budget;
    private final Clock clock;
    private final IngestMetrics metrics;
    private final Function<String, SourceStats> stats;
    private final DeadLetters deadLetters;

    PageReader(Fetcher fetcher, long maxPageBytes, Duration budget, Clock clock, IngestMetrics metrics,
               Function<String, SourceStats> stats, DeadLetters deadLetters) {
        this.fetcher = fetcher;
        this.maxPageBytes = maxPageBytes;
        this.budget = budget;
        this.clock = clock;
        this.metrics = metrics;
        this.stats = stats;
        this.deadLetters = deadLetters;
    }

    PageRead read(Source source, FeedItem item) {
        FetchResult page = fetcher.fetch(new FetchRequest(item.url(), source.id(), maxPageBytes, null, null,
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
                deadLetters.send(source, item.url(), problem, "article link serves a feed, not a page",
                        page.body().length);
            } else {
                try {
                    extracted = ParseBudget.within(budget,
                            () -> ArticleExtractor.extract(text, page.finalUrl(), source.selectors()));
                    if (extracted.title() == null && extracted.text() == null) {
                        problem = "unparseable-page";
                        deadLetters.send(source, item.url(), problem, "no title and no text found",
                                page.body().length);
                        extracted = null;
                    }
                } catch (ParseBudget.Exceeded e) {
                    problem = "over-budget";
                    deadLetters.send(source, item.url(), problem, e.getMessage(), page.body().length);
                } catch (RuntimeException | StackOverflowError e) {
                    // a library failing on hostile markup loses this page only
                    problem = "unparseable-page";
                    deadLetters.send(source, item.url(), problem, "extractor failed: " + e, page.body().length);
                }
            }
        } else {
            problem = page.outcome().tag();
            if (page.outcome() == FetchOutcome.TOO_LARGE) {
                deadLetters.send(source, item.url(), "too-large", page.detail(), page.body().length);
            } else if (page.outcome() == FetchOutcome.UNSUPPORTED_TYPE) {
                deadLetters.send(source, item.url(), "wrong-content-type", page.detail(), 0);
            } else {
                rejected = false;
            }
        }
        metrics.fetched(source.id(), problem != null && page.ok() ? "parse-error" : page.outcome().tag());
        stats.apply(source.id()).fetched(problem == null, problem, fetchedAt);
        return new PageRead(extracted, problem, page.outcome(), fetchedAt, problem != null && rejected,
                extracted == null ? null : html);
    }
}
