package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.social.SchemaOrgComments;
import vn.tinradar.ingest.social.SocialListing;
import vn.tinradar.ingest.social.VnExpressComments;
import vn.tinradar.ingest.source.CommentsAt;
import vn.tinradar.ingest.source.Source;
import vn.tinradar.ingest.text.ContentDecoder;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Reads the readers' comments of one article where its source says they are ({@link CommentsAt}): in the page
 * already fetched, or at the outlet's comment endpoint, fetched through the crawler's {@link Fetcher} (robots.txt,
 * per-host turns, global cap, size cap) once per article.
 */
final class CommentReader {

    private final Fetcher fetcher;
    private final long maxBytes;
    private final Duration budget;

    CommentReader(Fetcher fetcher, long maxBytes, Duration budget) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    CommentRead read(Source source, String articleUrl, String html) {
        CommentsAt at = source.comments();
        if (!at.format().endpoint()) {
            if (html == null) {
                return CommentRead.none();
            }
            try {
                return CommentRead.of(ParseBudget.within(budget,
                        () -> SchemaOrgComments.parse(html, articleUrl, source.name())));
            } catch (ParseBudget.Exceeded e) {
                return CommentRead.failed(articleUrl, "over-budget", e.getMessage(), html.length());
            }
        }
        Optional<String> endpoint = at.endpointFor(articleUrl);
        if (endpoint.isEmpty()) {
            return CommentRead.failed(articleUrl, "unusable-comments",
                    "no article number in the address for " + at.url(), 0);
        }
        FetchResult answer = fetcher.fetch(new FetchRequest(endpoint.get(), source.id(), maxBytes, null, null,
                source.privateHosts()));
        if (!answer.ok()) {
            String reason = answer.outcome() == FetchOutcome.TOO_LARGE ? "too-large" : "comments-unavailable";
            return CommentRead.failed(endpoint.get(), reason, answer.outcome().tag()
                    + (answer.detail() == null ? "" : ": " + answer.detail()), answer.body().length);
        }
        try {
            return CommentRead.of(ParseBudget.within(budget, () -> VnExpressComments.parse(
                    ContentDecoder.decode(answer.body(), answer.contentType()).text(), endpoint.get(), articleUrl,
                    source.name())));
        } catch (FeedParseException e) {
            return CommentRead.failed(endpoint.get(), "unparseable-comments", e.getMessage(), answer.body().length);
        } catch (ParseBudget.Exceeded e) {
            return CommentRead.failed(endpoint.get(), "over-budget", e.getMessage(), answer.body().length);
        }
    }

    /** The comments read, or the one problem that stopped them (a dead letter naming {@code url}). */
    record CommentRead(SocialListing comments, String url, String problem, String detail, long size) {

        static CommentRead of(SocialListing comments) {
            return new CommentRead(comments, null, null, null, 0);
        }

        static CommentRead none() {
            return of(new SocialListing(List.of(), List.of()));
        }

        static CommentRead failed(String url, String problem, String detail, long size) {
            return new CommentRead(null, url, problem, detail, size);
        }
    }
}
