package vn.tinradar.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.ingest.text.CleanText;

/**
 * Picks the headline a reader sees: the article's {@code <h1>} when it is the same story as the page's SEO
 * titles (JSON-LD headline, og:title, {@code <title>}), which newsrooms often reword for search engines; those
 * rewordings are kept as alternates. Without an h1 that matches, the structured titles decide.
 */
final class Headline {

    /** The chosen title and the other wordings the page gives for it (never containing the title). */
    record Titles(String title, List<String> alternates) {
    }

    /** Share of the shorter title's words an h1 must have in common with an SEO title to be the same story. */
    private static final double SAME_STORY = 0.6;

    private Headline() {
    }

    static Titles of(Document doc, Optional<JsonNode> ld, String fromSelector) {
        String headline = ld.map(a -> CleanText.plain(JsonLd.text(a, "headline"))).orElse(null);
        String og = stripSiteName(doc, CleanText.plain(doc.select("meta[property=og:title]").attr("content")));
        String titleTag = stripSiteName(doc, CleanText.plain(doc.title()));
        List<String> seo = new ArrayList<>();
        for (String t : new String[] {headline, og, titleTag}) {
            if (t != null) {
                seo.add(t);
            }
        }
        List<String> h1s = articleH1s(doc);
        String title = fromSelector;
        if (title == null) {
            title = h1s.stream().filter(h -> seo.isEmpty() || seo.stream().anyMatch(t -> sameStory(h, t)))
                    .findFirst().orElse(null);
        }
        if (title == null) {
            title = headline != null ? headline : !h1s.isEmpty() ? h1s.get(0) : og;
        }
        if (title == null) {
            String marked = headlineByClass(doc);
            title = marked != null ? marked : titleTag;
        }
        Set<String> alternates = new LinkedHashSet<>(seo);
        alternates.remove(title);
        return new Titles(title, List.copyOf(alternates));
    }

    /** h1 elements long enough to be a headline and outside the site's header, logo and menus. */
    private static List<String> articleH1s(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("h1")) {
            String t = CleanText.plain(e.text());
            if (t != null && t.length() >= 15 && e.closest("header.site-header, .logo, nav, footer, aside") == null) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean sameStory(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= SAME_STORY * Math.min(x.size(), y.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
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
}
