package vn.tinradar.ingest.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.extract.VietnameseDates;
import vn.tinradar.ingest.identity.CanonicalUrls;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ContentDecoder;
import vn.tinradar.ingest.text.ParseBudget;
import vn.tinradar.ingest.text.XmlRepair;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with ROME, tolerating what small CMSs publish: byte-order marks, legacy
 * charsets (windows-1258), bare {@code &} and HTML entities (repaired and retried), double-escaped entities
 * in titles. Dates are read from the raw text with {@link VietnameseDates}, so the site's offset survives
 * and odd formats ROME gives up on still count; ROME's own date is only the fallback for a date wrapped in CDATA.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /** Decodes and parses a feed or a sitemap, whichever the document turns out to be. */
    public static ParsedFeed parse(byte[] body, String contentType, String url) throws FeedParseException {
        return parse(body, contentType, url, Integer.MAX_VALUE);
    }

    /**
     * As {@link #parse(byte[], String, String)}, reading only the first {@code maxItems} items of an RSS or Atom
     * feed (the rest is cut before parsing); sitemaps are read whole and sorted newest first.
     */
    public static ParsedFeed parse(byte[] body, String contentType, String url, int maxItems) throws FeedParseException {
        String text = ContentDecoder.decode(body, contentType).text();
        String head = rootHead(text);
        if (head.startsWith("<urlset") || head.startsWith("<sitemapindex")) {
            return SitemapParser.parse(text, url);
        }
        if (!(head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf"))) {
            throw new FeedParseException("not an RSS/Atom feed or sitemap at " + url
                    + " (document starts with '" + abbreviate(head) + "')");
        }
        return parseFeed(ItemCap.firstItems(text, maxItems), url);
    }

    static ParsedFeed parseFeed(String text, String url) throws FeedParseException {
        if (NestingDepth.exceeds(text, NestingDepth.LIMIT)) {
            throw new FeedParseException("unreadable feed at " + url + ": elements nested deeper than "
                    + NestingDepth.LIMIT);
        }
        SyndFeed feed;
        String xml = text;
        try {
            feed = build(xml);
        } catch (FeedException | IllegalArgumentException first) {
            ParseBudget.check(); // a parser stopped by the budget reports it as a parse error
            xml = XmlRepair.repair(text);
            try {
                feed = build(xml);
            } catch (FeedException | IllegalArgumentException second) {
                ParseBudget.check();
                throw new FeedParseException("unreadable feed at " + url + ": " + firstLine(second.getMessage()));
            }
        }
        List<RawDates> rawDates = rawDates(xml);
        List<FeedItem> items = new ArrayList<>();
        List<UnusableItem> unusable = new ArrayList<>();
        String base = linkBase(url, feed.getLink());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Optional<String> link = link(entry, base);
            if (link.isEmpty()) {
                unusable.add(unusable(entry, base));
                continue;
            }
            RawDates raw = i < rawDates.size() ? rawDates.get(i) : RawDates.NONE;
            OffsetDateTime published = date(raw.published, entry.getPublishedDate());
            OffsetDateTime updated = date(raw.updated, entry.getUpdatedDate());
            if (published == null) {
                published = updated;
            }
            items.add(new FeedItem(link.get(), CleanText.plain(entry.getTitle()), summary(entry),
                    CleanText.plain(entry.getAuthor()), section(entry), image(entry, url),
                    feed.getLanguage(), published, updated));
        }
        String format = feed.getFeedType() == null ? "feed" : feed.getFeedType().toLowerCase(Locale.ROOT);
        return new ParsedFeed(format, items, List.of(), unusable);
    }

    /**
     * Date elements with plain text, removed before ROME sees the feed: the dates are read from the raw text
     * ({@link #rawDates}), and ROME's own date guessing (a new SimpleDateFormat per mask tried) was measured at
     * three quarters of its parsing time.
     */
    private static final Pattern DATE_ELEMENTS = Pattern.compile(
            "<((?:dc:|dcterms:|atom:)?(?:pubDate|date|published|updated|issued|created|modified|lastBuildDate))>"
                    + "[^<]*</\\1>");

    private static SyndFeed build(String xml) throws FeedException {
        xml = DATE_ELEMENTS.matcher(xml).replaceAll("");
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(false);
        // ROME's healer re-reads every character of every feed; XmlRepair fixes the broken few on a second try
        input.setXmlHealerOn(false);
        return input.build(ParseBudget.reader(xml));
    }

    /**
     * What relative item links are resolved against: the feed's own address when it was fetched, else (a feed
     * read from a file) the channel's {@code <link>}, which names the site the items belong to.
     */
    private static String linkBase(String feedUrl, String channelLink) {
        if (isHttp(feedUrl)) {
            return feedUrl;
        }
        Optional<String> channel = CanonicalUrls.resolve(null, channelLink);
        return channel.isPresent() && isHttp(channel.get()) ? channel.get() : null;
    }

    private static boolean isHttp(String url) {
        return url != null && (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8));
    }

    private static UnusableItem unusable(SyndEntry entry, String base) {
        String written = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink() : entry.getUri();
        String title = CleanText.plain(entry.getTitle());
        if (written == null || written.isBlank()) {
            return new UnusableItem(null, title, "item has no link");
        }
        if (base == null) {
            return new UnusableItem(written, title,
                    "relative link and no absolute address to resolve it against (feed read from a file, channel <link> missing or not http(s))");
        }
        return new UnusableItem(written, title, "link is not an http(s) URL, even resolved against " + base);
    }

    private static Optional<String> link(SyndEntry entry, String feedUrl) {
        Optional<String> link = CanonicalUrls.resolve(feedUrl, entry.getLink());
        if (link.isEmpty() && entry.getUri() != null) {
            link = CanonicalUrls.resolve(feedUrl, entry.getUri());
        }
        return link;
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null) {
            return CleanText.plain(description.getValue());
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                return CleanText.plain(content.getValue());
            }
        }
        return null;
    }

    private static String section(SyndEntry entry) {
        for (SyndCategory category : entry.getCategories()) {
            String name = CleanText.plain(category.getName());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String image(SyndEntry entry, String feedUrl) {
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (enclosure.getType() == null || enclosure.getType().startsWith("image/")) {
                Optional<String> url = CanonicalUrls.resolve(feedUrl, enclosure.getUrl());
                if (url.isPresent()) {
                    return url.get();
                }
            }
        }
        // many Vietnamese CMSs put the thumbnail as an <img> inside the description (often entity-escaped)
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null) {
            String html = description.getValue();
            if (html.contains("&lt;")) {
                html = Parser.unescapeEntities(html, false);
            }
            Optional<String> src = FirstImage.src(html);
            if (src.isPresent()) {
                return CanonicalUrls.resolve(feedUrl, Parser.unescapeEntities(src.get(), true)).orElse(null);
            }
        }
        return null;
    }

    /** The site's own date text when readable (keeps its offset), else ROME's instant in Vietnam time. */
    private static OffsetDateTime date(String raw, Date romeDate) {
        Optional<OffsetDateTime> parsed = VietnameseDates.parse(raw);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        return romeDate == null ? null : OffsetDateTime.ofInstant(romeDate.toInstant(), VnTime.ZONE);
    }

    private record RawDates(String published, String updated) {
        static final RawDates NONE = new RawDates(null, null);
    }

    /** Date strings per item/entry in document order, read before ROME turns them into offset-less Dates. */
    private static List<RawDates> rawDates(String xml) {
        Document doc = Parser.xmlParser().parseInput(ParseBudget.reader(xml), "");
        List<RawDates> dates = new ArrayList<>();
        for (Element item : doc.select("item, entry")) {
            String published = firstText(item, "pubDate", "published", "dc:date", "issued", "created");
            String updated = firstText(item, "updated", "atom:updated", "modified", "dcterms:modified");
            dates.add(new RawDates(published, updated));
        }
        return dates;
    }

    private static String firstText(Element item, String... tags) {
        for (String tag : tags) {
            for (Element e : item.getElementsByTag(tag)) {
                if (e.parent() == item && !e.text().isBlank()) {
                    return e.text();
                }
            }
        }
        return null;
    }

    /** True when the decoded document's root is an RSS, RDF, Atom, sitemap or sitemap-index element. */
    public static boolean isFeedOrSitemap(String text) {
        String head = rootHead(text);
        return head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf")
                || head.startsWith("<urlset") || head.startsWith("<sitemapindex");
    }

    /** True when the document starts like an HTML page or fragment. */
    public static boolean isHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || rootHead(text).matches("(?s)<(html|head|body|div|meta|title)[\\s>].*");
    }

    /** The start of the root element, lower case, skipping prolog, comments, doctype and stray text. */
    static String rootHead(String text) {
        int i = 0;
        while (true) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                return text.substring(i, Math.min(text.length(), i + 40)).trim().toLowerCase(Locale.ROOT);
            }
            if (text.startsWith("<?", lt) || text.startsWith("<!", lt)) {
                int end = text.startsWith("<!--", lt) ? text.indexOf("-->", lt) : text.indexOf('>', lt);
                if (end < 0) {
                    return "";
                }
                i = end + 1;
                continue;
            }
            return text.substring(lt, Math.min(text.length(), lt + 40)).toLowerCase(Locale.ROOT);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 30 ? one.substring(0, 30) + "…" : one;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
