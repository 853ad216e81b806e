package vn.tinradar.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.tinradar.ingest.identity.CanonicalUrls;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Reads one article page: title, lead (sapo), body, dates, author, section, image, canonical URL and, on
 * social pages, engagement counts. Structured data wins (per-source selectors, then JSON-LD, then
 * og:/article: meta), then markup ({@code <time>}, date lines, {@code <h1>}), and the body comes from
 * {@link MainText}. Never throws for odd markup: a missing part is null.
 */
public final class ArticleExtractor {

    private static final String SUMMARY_CLASSES = "[class~=(?i)(^|[_-])(sapo|lead|chapeau|summary|tom-?tat|tomtat|"
            + "description|excerpt|intro|abstract)([_-]|$)]";
    private static final String AUTHOR_CLASSES = "[class~=(?i)(^|[_-])(author|tac-?gia|tacgia|byline|writer)([_-]|$)]";

    private ArticleExtractor() {
    }

    public static ExtractedPage extract(String html, String pageUrl, Selectors selectors) {
        Selectors s = selectors == null ? Selectors.NONE : selectors;
        Document doc = Parser.htmlParser().parseInput(ParseBudget.reader(html), pageUrl);
        Optional<JsonNode> ld = JsonLd.article(doc);
        String canonical = canonical(doc, pageUrl);
        Headline.Titles titles = Headline.of(doc, ld, selected(doc, s.title()));
        Element headline = HeadlineElement.find(doc, titles.title());
        if (headline != null) {
            headline.attr(HeadlineElement.MARK, "");
        }
        String lead = Lead.text(doc, headline);
        String summary = summary(doc, ld, s, lead);
        Dates dates = dates(doc, ld, s, canonical, headline);
        String text = body(doc, s, titles.title(), lead);
        return new ExtractedPage(canonical, titles.title(), summary, text, author(doc, ld, s), section(doc, ld),
                image(doc, ld, pageUrl), language(doc), dates.published, dates.updated, dates.source,
                EngagementReader.read(doc), titles.alternates());
    }

    private static String canonical(Document doc, String pageUrl) {
        for (String href : List.of(doc.select("link[rel=canonical]").attr("href"),
                doc.select("meta[property=og:url]").attr("content"))) {
            Optional<String> resolved = CanonicalUrls.resolve(pageUrl, href);
            // a canonical pointing at the home page is a CMS template bug, not the article's address
            if (resolved.isPresent() && !resolved.get().matches("https?://[^/]+/?")) {
                return resolved.get();
            }
        }
        return CanonicalUrls.canonical(pageUrl).orElse(pageUrl);
    }

    private static String summary(Document doc, Optional<JsonNode> ld, Selectors s, String lead) {
        String fromSelector = selected(doc, s.summary());
        if (fromSelector != null) {
            return Lead.withoutCredit(fromSelector);
        }
        if (lead != null) {
            return lead;
        }
        return Lead.withoutCredit(summaryFromPage(doc, ld));
    }

    private static String summaryFromPage(Document doc, Optional<JsonNode> ld) {
        for (Element e : doc.select(SUMMARY_CLASSES)) {
            String t = CleanText.plain(e.text());
            if (t != null && t.length() >= 30 && !e.normalName().equals("meta")) {
                return t;
            }
        }
        String meta = CleanText.plain(doc.select("meta[property=og:description]").attr("content"));
        if (meta == null) {
            meta = CleanText.plain(doc.select("meta[name=description]").attr("content"));
        }
        return meta != null ? meta : ld.map(a -> CleanText.plain(JsonLd.text(a, "description"))).orElse(null);
    }

    /**
     * The body as the reader sees it: the lead first (CMSs print it outside the body container, so the text-density
     * search never sees it), then the story's paragraphs, with the outlet's credit stripped from the opening line
     * as {@link Lead} does. The headline is not repeated.
     */
    private static String body(Document doc, Selectors s, String title, String lead) {
        List<String> paragraphs;
        Element chosen = s.body() == null ? null : safeSelectFirst(doc, s.body());
        if (chosen != null) {
            paragraphs = MainText.paragraphs(chosen, true);
        } else {
            Element root = doc.selectFirst("article [itemprop=articleBody]");
            Element post = root == null ? ForumPost.first(doc) : null;
            paragraphs = post != null ? ForumPost.paragraphs(post)
                    : MainText.paragraphs(root != null ? root : doc.body(), root != null);
        }
        paragraphs.removeIf(p -> p.equals(title));
        if (lead != null) {
            paragraphs.removeIf(p -> Lead.withoutCredit(p).equals(lead));
            paragraphs.add(0, lead);
        } else if (!paragraphs.isEmpty()) {
            paragraphs.set(0, Lead.withoutCredit(paragraphs.get(0)));
        }
        String text = String.join("\n", paragraphs).trim();
        return text.isEmpty() ? null : text;
    }

    private record Dates(OffsetDateTime published, OffsetDateTime updated, String source) {
    }

    private static Dates dates(Document doc, Optional<JsonNode> ld, Selectors s, String canonical, Element headline) {
        ZoneId shownZone = BoardZone.of(doc).orElse(VietnameseDates.DEFAULT_ZONE);
        Dates found = declaredOrShown(doc, ld, s, canonical, headline, shownZone);
        if (found.published != null && found.published.toLocalTime().equals(LocalTime.MIDNIGHT)
                && !found.source.equals("text")) {
            // metadata that gives the day only ("2012-12-25") yields to the time the page shows on that day
            Optional<OffsetDateTime> shown = DateLine.nearHeadline(doc, headline, shownZone)
                    .filter(d -> d.toLocalDate().equals(found.published.toLocalDate()));
            if (shown.isPresent()) {
                return new Dates(shown.get(), found.updated, "text");
            }
        }
        return found;
    }

    private static Dates declaredOrShown(Document doc, Optional<JsonNode> ld, Selectors s, String canonical,
                                         Element headline, ZoneId shownZone) {
        OffsetDateTime updated = ld.flatMap(a -> VietnameseDates.parse(JsonLd.text(a, "dateModified")))
                .or(() -> VietnameseDates.parse(doc.select("meta[property=article:modified_time]").attr("content")))
                .orElse(null);
        Optional<OffsetDateTime> d = VietnameseDates.parse(selected(doc, s.date()));
        if (d.isPresent()) {
            return new Dates(d.get(), updated, "selector");
        }
        d = ld.flatMap(a -> VietnameseDates.parse(JsonLd.text(a, "datePublished")));
        if (d.isPresent()) {
            return new Dates(d.get(), updated, "json-ld");
        }
        for (String query : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[property=og:published_time]",
                "meta[name=dc.date.issued]", "meta[name=date]")) {
            d = VietnameseDates.parse(doc.select(query).attr("content"));
            if (d.isPresent()) {
                return new Dates(d.get(), updated, "meta");
            }
        }
        for (Element time : doc.select("time")) {
            d = VietnameseDates.parse(time.attr("datetime")).or(() -> VietnameseDates.parse(time.text()));
            if (d.isPresent()) {
                return new Dates(d.get(), updated, "time");
            }
        }
        d = DateLine.nearHeadline(doc, headline, shownZone);
        if (d.isPresent()) {
            return new Dates(d.get(), updated, "text");
        }
        d = dateLineAfterTitle(doc, headline, shownZone);
        if (d.isPresent()) {
            return new Dates(d.get(), updated, "text");
        }
        d = VietnameseDates.fromUrl(canonical);
        return d.map(date -> new Dates(date, updated, "url")).orElse(new Dates(null, updated, null));
    }

    /**
     * The first short line after the headline that holds a date ("Ngày đăng: 20/11/2026 17:30 | Lượt xem"),
     * skipping news links and list items, so a date in a related-news list further down is not taken for the
     * article's. A link that shows nothing but a date is the day's archive, not a story, and a list item that holds
     * the headline is the article's own box (vBulletin's CMS lays its articles out as list items).
     */
    private static Optional<OffsetDateTime> dateLineAfterTitle(Document doc, Element headline, ZoneId zone) {
        Element title = headline != null ? headline : doc.selectFirst("h1, h2, h3");
        boolean afterTitle = title == null;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (e == title) {
                afterTitle = true;
                continue;
            }
            String own = e.ownText();
            if (!afterTitle || own.isBlank() || own.length() > 120 || e.closest("nav, footer") != null
                    || inStoryLink(e) || inOtherListItem(e, title)) {
                continue;
            }
            Optional<OffsetDateTime> d = VietnameseDates.parse(own, zone);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static boolean inStoryLink(Element e) {
        Element link = e.closest("a");
        return link != null && link.text().matches(".*\\p{L}{2,}.*");
    }

    private static boolean inOtherListItem(Element e, Element title) {
        Element item = e.closest("li");
        return item != null && (title == null || !title.parents().contains(item));
    }

    private static String author(Document doc, Optional<JsonNode> ld, Selectors s) {
        String fromSelector = selected(doc, s.author());
        if (fromSelector != null) {
            return fromSelector;
        }
        String fromLd = ld.map(a -> CleanText.plain(JsonLd.text(a, "author"))).orElse(null);
        if (fromLd != null) {
            return fromLd;
        }
        String meta = CleanText.plain(doc.select("meta[name=author]").attr("content"));
        if (meta != null && !meta.startsWith("http")) {
            return meta;
        }
        for (Element e : doc.select(AUTHOR_CLASSES)) {
            String t = CleanText.plain(e.text());
            if (t != null && t.length() <= 60) {
                return t;
            }
        }
        return null;
    }

    private static String section(Document doc, Optional<JsonNode> ld) {
        String fromLd = ld.map(a -> CleanText.plain(JsonLd.text(a, "articleSection"))).orElse(null);
        if (fromLd != null) {
            return fromLd;
        }
        String meta = CleanText.plain(doc.select("meta[property=article:section]").attr("content"));
        if (meta != null) {
            return meta;
        }
        Element crumbs = doc.selectFirst("[class~=(?i)breadcrumb]");
        if (crumbs != null) {
            List<Element> links = crumbs.select("a");
            // the first crumb is the home page; the last one names the section
            for (int i = links.size() - 1; i >= 0; i--) {
                String t = CleanText.plain(links.get(i).text());
                if (t != null && !t.equalsIgnoreCase("Trang chủ")) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String image(Document doc, Optional<JsonNode> ld, String pageUrl) {
        String og = doc.select("meta[property=og:image]").attr("content");
        String candidate = !og.isBlank() ? og : ld.map(a -> JsonLd.text(a, "image")).orElse(null);
        if (candidate == null) {
            Element img = doc.selectFirst("article img[src], [itemprop=articleBody] img[src]");
            candidate = img == null ? null : img.attr("src");
        }
        return candidate == null ? null : CanonicalUrls.resolve(pageUrl, candidate).orElse(null);
    }

    private static String language(Document doc) {
        String lang = doc.select("html").attr("lang");
        if (lang.isBlank()) {
            lang = doc.select("meta[property=og:locale]").attr("content");
        }
        if (lang.isBlank()) {
            return "vi";
        }
        return lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static String selected(Document doc, String selector) {
        Element e = selector == null ? null : safeSelectFirst(doc, selector);
        return e == null ? null : CleanText.plain(e.text());
    }

    /** A bad selector in the sources file must not break extraction; the generic path still works. */
    private static Element safeSelectFirst(Document doc, String selector) {
        try {
            return doc.selectFirst(selector);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
