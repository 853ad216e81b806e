package vn.tinradar.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;
import vn.tinradar.common.event.Engagement;

/**
 * What the extractor read from one article page; any field may be null when the page does not show it.
 *
 * @param canonicalUrl the page's declared canonical URL (canonicalised), else the fetched URL
 * @param dateSource where {@code published} came from: json-ld, meta, time, selector, text, url; null when none
 * @param alternateTitles the page's other wordings of the headline (SEO titles), never containing {@code title}
 */
public record ExtractedPage(String canonicalUrl, String title, String summary, String text, String author,
                            String section, String image, String language, OffsetDateTime published,
                            OffsetDateTime updated, String dateSource, Engagement engagement,
                            List<String> alternateTitles) {

    public ExtractedPage {
        alternateTitles = alternateTitles == null ? List.of() : List.copyOf(alternateTitles);
    }

    /** A page without alternate titles. */
    public ExtractedPage(String canonicalUrl, String title, String summary, String text, String author,
                         String section, String image, String language, OffsetDateTime published,
                         OffsetDateTime updated, String dateSource, Engagement engagement) {
        this(canonicalUrl, title, summary, text, author, section, image, language, published, updated, dateSource,
                engagement, List.of());
    }
}
