package vn.tinradar.ingest.extract;

import java.time.OffsetDateTime;
import vn.tinradar.common.event.Engagement;

/**
 * What the extractor read from one article page; any field may be null when the page does not show it.
 *
 * @param canonicalUrl the page's declared canonical URL (canonicalised), else the fetched URL
 * @param dateSource where {@code published} came from: json-ld, meta, time, selector, text, url; null when none
 */
public record ExtractedPage(String canonicalUrl, String title, String summary, String text, String author,
                            String section, String image, String language, OffsetDateTime published,
                            OffsetDateTime updated, String dateSource, Engagement engagement) {
}
