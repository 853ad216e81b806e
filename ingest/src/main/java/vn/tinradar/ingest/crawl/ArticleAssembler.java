package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.source.Source;

/**
 * Builds the {@link Article} for {@code articles.raw} from a feed item and, when it could be read, its page.
 * The page wins for text and canonical URL; the feed's date wins when it has one (feeds rarely lie about
 * when they listed an item), then the page's, and only then the fetch time, marked {@code dateSource=fetched}.
 * No article is ever dated after its fetch time: a date a little ahead (within the tolerance) is a site clock
 * running fast and becomes the fetch time, keeping its source; one further ahead is a CMS bug and becomes the
 * fetch time marked {@code fetched} (an update date that far ahead is dropped).
 */
final class ArticleAssembler {

    private final Duration futureTolerance;

    ArticleAssembler(Duration futureTolerance) {
        this.futureTolerance = futureTolerance;
    }

    /** How far ahead of its fetch a date may be before it is taken for a site's mistake. */
    Duration futureTolerance() {
        return futureTolerance;
    }

    /** @param page null when the page could not be fetched or read: the article is then the feed item alone */
    Article assemble(Source source, FeedItem item, ExtractedPage page, Instant fetchedAt) {
        String url = page != null && page.canonicalUrl() != null && page.canonicalUrl().startsWith("http")
                ? page.canonicalUrl() : item.url();
        String title = firstNonBlank(page == null ? null : page.title(), item.title());
        String summary = firstNonBlank(page == null ? null : page.summary(), item.summary());
        String text = page == null ? null : page.text();
        OffsetDateTime published = item.published();
        String dateSource = "feed";
        if (published == null && page != null && page.published() != null) {
            published = page.published();
            dateSource = page.dateSource();
        }
        OffsetDateTime fetched = OffsetDateTime.ofInstant(fetchedAt, VnTime.ZONE);
        if (published == null || published.toInstant().isAfter(fetchedAt.plus(futureTolerance))) {
            published = fetched;
            dateSource = "fetched";
        } else if (published.toInstant().isAfter(fetchedAt)) {
            published = OffsetDateTime.ofInstant(fetchedAt, published.getOffset());
        }
        OffsetDateTime updated = page != null && page.updated() != null ? page.updated() : item.updated();
        if (updated != null && updated.toInstant().isAfter(fetchedAt)) {
            updated = updated.toInstant().isAfter(fetchedAt.plus(futureTolerance)) ? null
                    : OffsetDateTime.ofInstant(fetchedAt, updated.getOffset());
        }
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, source.id(), source.name(),
                source.tier(), title, summary, text,
                firstNonBlank(page == null ? null : page.author(), item.author()),
                firstNonBlank(page == null ? null : page.section(), item.section()),
                firstNonBlank(page == null ? null : page.image(), item.image()),
                language(firstNonBlank(page == null ? null : page.language(), item.language(), "vi")),
                published, updated, dateSource, fetchedAt, ArticleIds.contentHash(title, text),
                page == null ? null : page.engagement(), source.provinceOnly());
    }

    /** "vi-VN", "vi_vn" → "vi": analysis only cares about the language, not the region. */
    private static String language(String tag) {
        return tag.trim().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
