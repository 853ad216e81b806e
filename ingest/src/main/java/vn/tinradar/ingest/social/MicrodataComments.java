package vn.tinradar.ingest.social;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.ingest.extract.VietnameseDates;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.text.ParseBudget;
import vn.tinradar.ingest.text.PostText;

/**
 * Readers' comments an article page marks up as schema.org microdata: items typed {@code Comment} in any letter case
 * or the older {@code UserComments}, with {@code text} or {@code commentText}, {@code dateCreated},
 * {@code datePublished} or {@code commentTime}, {@code url} and {@code upvoteCount}. The {@code author} item is not
 * read, save for a time some themes put inside it.
 */
final class MicrodataComments {

    private static final Set<String> TYPES = Set.of("comment", "usercomments");
    private static final Set<String> TEXT = Set.of("text", "commentText");
    private static final Set<String> TIME = Set.of("dateCreated", "datePublished", "commentTime");
    private static final Set<String> LIKES = Set.of("upvoteCount");
    private static final Set<String> URL = Set.of("url");

    private MicrodataComments() {
    }

    /** Adds each comment item of {@code page} to {@code posts}, or to {@code skipped} with why. */
    static void read(Document page, ReaderComments comments, List<SocialItem> posts, List<UnusableItem> skipped) {
        for (Element item : page.select("[itemscope][itemtype]")) {
            if (!isComment(item)) {
                continue;
            }
            ParseBudget.check();
            Element text = property(item, TEXT);
            if (text == null) {
                continue; // a box typed as comments around a list (often empty until a script fills it) is not one
            }
            String words = PostText.plainLines(TelegramPreview.textWithBreaks(text));
            String when = value(time(item));
            OffsetDateTime published = when == null ? null : VietnameseDates.parse(when).orElse(null);
            String url = url(property(item, URL));
            String anchor = anchor(item);
            String id = item.id().isBlank() && fragment(url) != null ? fragment(url) : anchor;
            if (url == null && anchor != null) {
                url = item.baseUri().replaceFirst("#.*$", "") + "#" + anchor;
            }
            if (id == null && words != null) {
                // Handelsblatt's comments carry no id at all: one drawn from time and words is the same on each read
                id = "text-" + ArticleIds.sha256Hex(when + "\n" + words).substring(0, 16);
            }
            comments.add(id, url, words, published, likes(property(item, LIKES)), posts, skipped);
        }
    }

    private static boolean isComment(Element element) {
        if (!element.hasAttr("itemscope")) {
            return false;
        }
        for (String type : element.attr("itemtype").strip().split("\\s+")) {
            String name = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf('#')) + 1);
            if (TYPES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The first element giving one of {@code names} to {@code item} itself, not to an item inside it. */
    private static Element property(Element item, Set<String> names) {
        for (Element e : item.select("[itemprop]")) {
            if (e != item && owner(e) == item && names(e, names)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The comment's time: its own property, or one inside an item it holds that is not a reply, since themes such
     * as WordPress's Twenty Nineteen print the time inside the author's {@code Person}.
     */
    private static Element time(Element item) {
        for (Element e : item.select("[itemprop]")) {
            if (e != item && names(e, TIME) && enclosingComment(e) == item) {
                return e;
            }
        }
        return null;
    }

    private static boolean names(Element e, Set<String> names) {
        for (String name : e.attr("itemprop").strip().split("\\s+")) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Element owner(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return p;
            }
        }
        return null;
    }

    private static Element enclosingComment(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (isComment(p)) {
                return p;
            }
        }
        return null;
    }

    /** A property's value as microdata gives it: {@code content}, then {@code datetime}, then the words shown. */
    private static String value(Element e) {
        if (e == null) {
            return null;
        }
        String value = e.hasAttr("content") ? e.attr("content")
                : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return value.isBlank() ? null : value.strip();
    }

    private static String url(Element e) {
        if (e == null) {
            return null;
        }
        String url = e.hasAttr("href") ? e.absUrl("href") : e.hasAttr("content") ? e.absUrl("content") : "";
        return url.startsWith("http") ? url : null;
    }

    /** The count shown, as a number in {@code content} or the only digits of the element's words ("1", "1.204"). */
    private static Long likes(Element e) {
        String shown = value(e);
        if (shown == null) {
            return null;
        }
        String digits = shown.replaceAll("[\\s.,\u00a0]", "");
        return digits.matches("\\d{1,12}") ? Long.parseLong(digits) : null;
    }

    /** The comment's own {@code id}, or the first id inside it that is not a reply's: an anchor on the page. */
    private static String anchor(Element item) {
        if (!item.id().isBlank()) {
            return item.id();
        }
        for (Element e : item.select("[id]")) {
            if (e != item && enclosingComment(e) == item && !e.id().isBlank()) {
                return e.id();
            }
        }
        return null;
    }

    private static String fragment(String url) {
        int hash = url == null ? -1 : url.indexOf('#');
        return hash >= 0 && hash < url.length() - 1 ? url.substring(hash + 1) : null;
    }
}
