package vn.tinradar.deploy.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.tinradar.common.event.SourceTier;

/**
 * One invented publication of the demo corpus and the quirks its web site is served with.
 *
 * @param feed           rss, atom, sitemap or list (a section page without any feed)
 * @param feedPath       where the feed (or list page) lives on the site
 * @param layout         press, gov, blog or forum: which CMS markup the pages imitate
 * @param urlPattern     article address, with {section}, {slug} and {id} placeholders
 * @param pageDate       {@link DemoDates} style of the date printed on article pages
 * @param feedDate       {@link DemoDates} style of the dates inside the feed
 * @param charset        encoding of pages and feed (UTF-8 or windows-1258)
 * @param feedBom        the feed starts with a UTF-8 byte order mark
 * @param trackingLinks  feed links carry ?utm_source= tracking parameters
 * @param nfdPages       article pages are written in decomposed (NFD) Unicode
 * @param cdataEscapedTitles  feed titles are HTML-escaped and then wrapped in CDATA, so entities arrive escaped twice
 * @param charsetInHeaderOnly pages carry no meta charset: only the HTTP Content-Type header names the encoding
 * @param jsonLd         pages give their date in JSON-LD; the others only in {@code article:published_time} meta
 *                       (press, blog) or in the visible date line (portal)
 */
public record DemoSource(
        String id,
        String name,
        String host,
        SourceTier tier,
        @JsonProperty("province-only") boolean provinceOnly,
        String feed,
        String feedPath,
        String layout,
        String urlPattern,
        String pageDate,
        String feedDate,
        String charset,
        boolean feedBom,
        boolean trackingLinks,
        boolean nfdPages,
        int crawlDelaySeconds,
        boolean cdataEscapedTitles,
        boolean charsetInHeaderOnly,
        boolean jsonLd) {
}
