package vn.tinradar.ingest.recheck;

import java.time.Duration;
import vn.tinradar.ingest.extract.ArticleExtractor;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.social.TelegramPost;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.text.ContentDecoder;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Reads the article out of a re-fetched page as the crawler does (charset decoding, the extractor with the
 * source's selectors, the per-document time budget), or a Telegram message out of its embed page; a page that cannot
 * be read gives null, never an exception.
 */
final class PageReader {

    private final Duration budget;

    PageReader(Duration budget) {
        this.budget = budget;
    }

    /** The article on an OK page, or null when the fetch failed or the page gave neither title nor text. */
    ExtractedPage read(FetchResult page, Selectors selectors) {
        if (!page.ok()) {
            return null;
        }
        try {
            ExtractedPage extracted = ParseBudget.within(budget, () -> ArticleExtractor.extract(
                    ContentDecoder.decode(page.body(), page.contentType()).text(), page.finalUrl(), selectors));
            return extracted.title() == null && extracted.text() == null ? null : extracted;
        } catch (RuntimeException | StackOverflowError e) {
            // hostile or broken markup loses this check only; the next step tries again
            return null;
        }
    }

    /** A Telegram message read from its embed page ({@link TelegramPost}), or null as {@link #read} gives it. */
    ExtractedPage readTelegramPost(FetchResult page) {
        if (!page.ok()) {
            return null;
        }
        try {
            return ParseBudget.within(budget, () -> TelegramPost.read(
                    ContentDecoder.decode(page.body(), page.contentType()).text(), page.finalUrl()));
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
