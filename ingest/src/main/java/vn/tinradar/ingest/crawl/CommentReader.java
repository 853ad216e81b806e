package vn.tinradar.ingest.crawl;

import java.time.Duration;
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

    PostsRead read(Source source, String articleUrl, String html) {
        CommentsAt at = source.comments();
        if (!at.format().endpoint()) {
            if (html == null) {
                return PostsRead.none();
            }
            try {
                return PostsRead.of(ParseBudget.within(budget,
                        () -> SchemaOrgComments.parse(html, articleUrl, source.name())));
            } catch (ParseBudget.Exceeded e) {
                return PostsRead.failed(articleUrl, "over-budget", e.getMessage(), html.length());
            }
        }
        Optional<String> endpoint = at.endpointFor(articleUrl);
        if (endpoint.isEmpty()) {
            return PostsRead.failed(articleUrl, "unusable-comments",
                    "no article number in the address for " + at.url(), 0);
        }
        FetchResult answer = fetcher.fetch(new FetchRequest(endpoint.get(), source.id(), maxBytes, null, null,
                source.privateHosts()));
        if (!answer.ok()) {
            String reason = answer.outcome() == FetchOutcome.TOO_LARGE ? "too-large" : "comments-unavailable";
            return PostsRead.failed(endpoint.get(), reason, answer.outcome().tag()
                    + (answer.detail() == null ? "" : ": " + answer.detail()), answer.body().length);
        }
        try {
            return PostsRead.of(ParseBudget.within(budget, () -> VnExpressComments.parse(
                    ContentDecoder.decode(answer.body(), answer.contentType()).text(), endpoint.get(), articleUrl,
                    source.name())));
        } catch (FeedParseException e) {
            return PostsRead.failed(endpoint.get(), "unparseable-comments", e.getMessage(), answer.body().length);
        } catch (ParseBudget.Exceeded e) {
            return PostsRead.failed(endpoint.get(), "over-budget", e.getMessage(), answer.body().length);
        }
    }
}
