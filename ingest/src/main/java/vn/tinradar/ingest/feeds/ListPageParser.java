package vn.tinradar.ingest.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import vn.tinradar.ingest.identity.CanonicalUrls;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Reads a section page that lists articles (for sites without a feed): links on the same host whose anchor
 * reads like a headline and whose address looks like an article. A {@code links} selector, when the source
 * gives one, replaces the guess.
 */
public final class ListPageParser {

    private ListPageParser() {
    }

    public static ParsedFeed parse(String html, String pageUrl, String linkSelector) {
        Document doc = Parser.htmlParser().parseInput(ParseBudget.reader(html), pageUrl);
        Elements anchors;
        try {
            anchors = linkSelector == null ? doc.select("a[href]") : doc.select(linkSelector);
        } catch (RuntimeException e) {
            anchors = doc.select("a[href]"); // a bad selector in the sources file falls back to the guess
        }
        String host = host(pageUrl);
        Set<String> seen = new LinkedHashSet<>();
        List<FeedItem> items = new ArrayList<>();
        for (Element a : anchors) {
            Element link = a.normalName().equals("a") ? a : a.selectFirst("a[href]");
            if (link == null) {
                continue;
            }
            Optional<String> url = CanonicalUrls.resolve(pageUrl, link.attr("href"));
            String title = CleanText.plain(link.text().isBlank() ? link.attr("title") : link.text());
            if (url.isEmpty() || !host.equals(host(url.get())) || seen.contains(url.get())) {
                continue;
            }
            // the thumbnail link before a headline points at the same article with no text: wait for the headline
            if (linkSelector == null && (title == null || title.length() < 20 || !looksLikeArticle(url.get()))) {
                continue;
            }
            seen.add(url.get());
            items.add(new FeedItem(url.get(), title, null, null, null, null, null, null, null));
        }
        return new ParsedFeed("list", items, List.of(), List.of());
    }

    /** Article addresses end in .html/.htm/.aspx, carry a long numeric id, or a slug of several words. */
    static boolean looksLikeArticle(String url) {
        String path = URI.create(url).getPath();
        if (path == null || path.length() < 2) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        return last.matches(".*\\.(html?|aspx|php)$") || last.matches(".*\\d{5,}.*")
                || last.chars().filter(c -> c == '-').count() >= 3;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
