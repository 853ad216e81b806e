package vn.tinradar.ingest.feeds;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.identity.CanonicalUrls;
import vn.tinradar.ingest.text.CleanText;

/** Reads XML sitemaps, sitemap indexes and Google News sitemaps (title, publication date) with crawler-commons. */
final class SitemapParser {

    private static final Pattern MEDIA = Pattern.compile(
            "(?i)\\.(jpe?g|png|gif|webp|svg|bmp|avif|mp4|webm|mov|mp3|pdf|zip)(\\?.*)?$");

    private SitemapParser() {
    }

    static ParsedFeed parse(String xml, String url) throws FeedParseException {
        // not strict: news sitemaps often live under /sitemaps/ while listing articles elsewhere on the host
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap("text/xml", xml.getBytes(StandardCharsets.UTF_8), new URL(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedParseException("unreadable sitemap at " + url + ": " + e.getMessage());
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                children.add(child.getUrl().toString());
            }
            return new ParsedFeed("sitemap-index", List.of(), children, List.of());
        }
        List<FeedItem> items = new ArrayList<>();
        List<UnusableItem> unusable = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            Optional<String> link = CanonicalUrls.canonical(entry.getUrl().toString());
            if (link.isEmpty()) {
                unusable.add(new UnusableItem(entry.getUrl().toString(), null, "not a canonicalisable http(s) URL"));
                continue;
            }
            if (MEDIA.matcher(link.get()).find()) {
                // image and video sitemap entries (image:loc) are not articles
                continue;
            }
            String title = null;
            String language = null;
            OffsetDateTime published = null;
            ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                title = CleanText.plain(n.getTitle());
                language = n.getLanguage();
                if (n.getPublicationDateTime() != null) {
                    published = n.getPublicationDateTime().toOffsetDateTime();
                }
            }
            OffsetDateTime updated = entry.getLastModified() == null ? null
                    : OffsetDateTime.ofInstant(entry.getLastModified().toInstant(), VnTime.ZONE);
            items.add(new FeedItem(link.get(), title, null, null, null, null, language,
                    published != null ? published : updated, updated));
        }
        // newest first, as feeds list them, so max-items-per-poll keeps the fresh ones
        items.sort(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ParsedFeed("sitemap", items, List.of(), unusable);
    }

}
