package vn.tinradar.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
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
    private static final String DATE_CLASSES = "[class~=(?i)(^|[_-])(date|time|datetime|ngay|publish|published|"
            + "pubdate|ngay-?dang|thoi-?gian)([_-]|$)]";

    private ArticleExtractor() {
    }

    public static ExtractedPage extract(String html, String pageUrl, Selectors selectors) {
        Selectors s = selectors == null ? Selectors.NONE : selectors;
        Document doc = Parser.htmlParser().parseInput(ParseBudget.reader(html), pageUrl);
        Optional<JsonNode> ld = JsonLd.article(doc);
        String canonical = canonical(doc, pageUrl);
        String title = title(doc, ld, s);
        String summary = summary(doc, ld, s);
        Dates dates = dates(doc, ld, s, canonical);
        String text = body(doc, s, title, summary);
        return new ExtractedPage(canonical, title, summary, text, author(doc, ld, s), section(doc, ld),
                image(doc, ld, pageUrl), language(doc), dates.published, dates.updated, dates.source,
                EngagementReader.read(doc));
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

    private static String title(Document doc, Optional<JsonNode> ld, Selectors s) {
        String fromSelector = selected(doc, s.title());
        if (fromSelector != null) {
            return fromSelector;
        }
        String h1 = null;
        for (Element e : doc.select("h1")) {
            String t = CleanText.plain(e.text());
            if (t != null && t.length() >= 15 && e.closest("header.site-header, .logo, nav") == null) {
                h1 = t;
                break;
            }
        }
        String headline = ld.map(a -> CleanText.plain(JsonLd.text(a, "headline"))).orElse(null);
        if (headline != null) {
            return headline;
        }
        if (h1 != null) {
            return h1;
        }
        String og = stripSiteName(doc, CleanText.plain(doc.select("meta[property=og:title]").attr("content")));
        if (og != null) {
            return og;
        }
        String marked = headlineByClass(doc);
        return marked != null ? marked : stripSiteName(doc, CleanText.plain(doc.title()));
    }

    /**
     * Old portals (ASP.NET tables) have no h1 and put the site's name in {@code <title>}: the headline is then the
     * longest element named like one ({@code lblTieuDe}, {@code tieude_tin}, {@code title-news}) outside links,
     * lists and menus. Box labels in capitals ("CÁC TIN KHÁC") are not headlines.
     */
    private static String headlineByClass(Document doc) {
        String best = null;
        for (Element e : doc.select("[class~=(?i)(tieu-?de|headline|title)], [id~=(?i)(tieu-?de|headline|title)]")) {
            if (e.normalName().equals("a") || e.normalName().equals("title") || !e.select("a").isEmpty()
                    || e.closest("a, li, nav, header, footer") != null) {
                continue;
            }
            String t = CleanText.plain(e.text());
            if (t != null && t.length() >= 15 && t.length() <= 250 && !t.equals(t.toUpperCase(Locale.ROOT))
                    && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    /** "Sạt lở ở Bát Xát - Báo Lào Cai" → "Sạt lở ở Bát Xát" when the tail is the site's name. */
    private static String stripSiteName(Document doc, String title) {
        if (title == null) {
            return null;
        }
        String site = CleanText.plain(doc.select("meta[property=og:site_name]").attr("content"));
        for (String sep : List.of(" - ", " | ", " – ", " — ")) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && isSiteName(title.substring(at + sep.length()).trim(), site)) {
                return title.substring(0, at).trim();
            }
            // older CMSs put the site first: "Báo Yên Bái điện tử - Mù Cang Chải vào mùa lúa chín"
            int first = title.indexOf(sep);
            if (first > 0 && isSiteName(title.substring(0, first).trim(), site)) {
                return title.substring(first + sep.length()).trim();
            }
        }
        return title;
    }

    private static boolean isSiteName(String part, String site) {
        return site != null && part.equalsIgnoreCase(site)
                || part.length() <= 30 && part.matches("(?i)(báo|cổng|trang|tạp chí|tin tức|diễn đàn).*");
    }

    private static String summary(Document doc, Optional<JsonNode> ld, Selectors s) {
        String fromSelector = selected(doc, s.summary());
        if (fromSelector != null) {
            return fromSelector;
        }
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

    private static String body(Document doc, Selectors s, String title, String summary) {
        List<String> paragraphs;
        Element chosen = s.body() == null ? null : safeSelectFirst(doc, s.body());
        if (chosen != null) {
            paragraphs = MainText.paragraphs(chosen, true);
        } else {
            Element root = doc.selectFirst("article [itemprop=articleBody]");
            paragraphs = MainText.paragraphs(root != null ? root : doc.body(), root != null);
        }
        // the lead and the headline are kept in their own fields, not repeated in the body
        paragraphs.removeIf(p -> p.equals(title) || p.equals(summary));
        String text = String.join("\n", paragraphs).trim();
        return text.isEmpty() ? null : text;
    }

    private record Dates(OffsetDateTime published, OffsetDateTime updated, String source) {
    }

    private static Dates dates(Document doc, Optional<JsonNode> ld, Selectors s, String canonical) {
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
        for (Element e : doc.select(DATE_CLASSES)) {
            if (e.text().length() <= 120) {
                d = VietnameseDates.parse(e.text());
                if (d.isPresent()) {
                    return new Dates(d.get(), updated, "text");
                }
            }
        }
        d = dateLineAfterTitle(doc);
        if (d.isPresent()) {
            return new Dates(d.get(), updated, "text");
        }
        d = VietnameseDates.fromUrl(canonical);
        return d.map(date -> new Dates(date, updated, "url")).orElse(new Dates(null, updated, null));
    }

    /**
     * The first short line after the headline that holds a date ("Ngày đăng: 20/11/2026 17:30 | Lượt xem"),
     * skipping links, so a date in a related-news list further down is not taken for the article's.
     */
    private static Optional<OffsetDateTime> dateLineAfterTitle(Document doc) {
        Element title = doc.selectFirst("h1, h2, h3");
        boolean afterTitle = title == null;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (e == title) {
                afterTitle = true;
                continue;
            }
            String own = e.ownText();
            if (!afterTitle || own.isBlank() || own.length() > 120 || e.normalName().equals("a")
                    || e.closest("a, nav, footer, li") != null) {
                continue;
            }
            Optional<OffsetDateTime> d = VietnameseDates.parse(own);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
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
