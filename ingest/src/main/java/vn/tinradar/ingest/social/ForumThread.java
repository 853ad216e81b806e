package vn.tinradar.ingest.social;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.extract.BoardZone;
import vn.tinradar.ingest.extract.VietnameseDates;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ParseBudget;
import vn.tinradar.ingest.text.PostText;

/**
 * Reads the posts of one forum thread page (XenForo, vBulletin or phpBB, {@link ForumLayout}): one post of platform
 * {@code forum} per message, its account the forum's host, never the poster.
 *
 * <p>The opening post (first on a page that has no previous page) is a {@code post} titled by the thread; every
 * other message is a {@code comment} whose parent is the thread's address, titled by its first line. Quotes of
 * earlier posts and signatures are taken out of the text. Times are read in the zone the board states ("All times
 * are GMT"), else Vietnam's. The poster's name is not read at all.
 */
public final class ForumThread {

    public static final String PLATFORM = "forum";
    /** Notes of a post's last edit, whose time is not the post's: XenForo 1 and 2, vBulletin, tinhte.vn. */
    private static final String EDIT_NOTE = ".editDate, .message-lastEdit, .lastedit, .lastedited, .useressLastEdit";
    private static final Pattern POST_ACTION = Pattern.compile("(/posts/\\d+/)[a-z]+/?$");
    /** phpBB's and vBulletin's {@code p=N}, phpBB's {@code #pN}, vBulletin's {@code #postN}, XenForo's {@code posts/N}. */
    private static final Pattern LINKED_POST = Pattern.compile("(?:[?&;]p=|#p|#post-?|/posts/|/post-)(\\d+)");
    private static final Pattern LATER_PAGE_XENFORO = Pattern.compile("/page-\\d+/?$");
    private static final Pattern LATER_PAGE_VBULLETIN = Pattern.compile("-\\d+\\.html$");
    /** phpBB 3.0 links no previous page: {@code start=25} in the address is what says it is page 2. */
    private static final Pattern LATER_PAGE_ADDRESS = Pattern.compile(
            "[?&](?:start=[1-9]|page=(?:[2-9]|\\d{2,}))|/page-(?:[2-9]|\\d{2,})/?(?:[?#]|$)");
    private static final Pattern PAGE_QUERY = Pattern.compile("[?&](?:page|start|ispreloading)=[^&#]*");
    /** vBulletin 3 prints "12th Jun 2025, 09:35": the ordinal suffix is all the shared date reader lacks. */
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");

    /** vBulletin puts a comma between date and time ("2016-02-01, 02:21"), which hides the time from the reader. */
    private static final Pattern DATE_COMMA_TIME = Pattern.compile("(\\d)\\s*,\\s+(\\d{1,2}:\\d{2})");

    private ForumThread() {
    }

    /** Whether {@code html} is an HTML page holding posts of one of the three forum packages. */
    public static boolean isThreadPage(String html, String pageUrl) {
        if (FeedParser.isFeedOrSitemap(html)) {
            return false;
        }
        return ForumLayout.of(Jsoup.parse(html, pageUrl)).isPresent();
    }

    /** The posts of {@code html}; a message without a number, a time or any text of its own is skipped with why. */
    public static SocialListing parse(String html, String pageUrl) throws FeedParseException {
        Document doc = Jsoup.parse(html, pageUrl);
        ForumLayout layout = ForumLayout.of(doc).orElseThrow(() -> new FeedParseException(
                "not a forum thread page: no XenForo, vBulletin or phpBB post at " + pageUrl));
        ZoneId zone = BoardZone.of(doc).orElse(VnTime.ZONE);
        String threadUrl = threadUrl(doc, pageUrl);
        String forum = host(threadUrl);
        String forumName = forumName(doc, forum);
        String threadTitle = threadTitle(doc);
        boolean firstPage = !laterPage(doc, pageUrl);
        List<SocialItem> posts = new ArrayList<>();
        List<UnusableItem> skipped = new ArrayList<>();
        boolean first = true;
        for (Element post : layout.posts(doc)) {
            ParseBudget.check();
            boolean opening = first && firstPage;
            first = false;
            String id = layout.postId(post);
            if (id == null) {
                skipped.add(new UnusableItem(pageUrl, threadTitle, "post without a number: " + post.id()));
                continue;
            }
            Element box = layout.box(post, id);
            String url = permalink(box, id, pageUrl);
            Element message = layout.message(post);
            String text = message == null ? null
                    : PostText.plainLines(TelegramPreview.textWithBreaks(layout.ownWords(message)));
            if (text == null) {
                skipped.add(new UnusableItem(url, threadTitle, "no text of its own (only quotes, images or nothing)"));
                continue;
            }
            if (text.indexOf('\uFFFD') >= 0) {
                skipped.add(new UnusableItem(url, threadTitle, "text not in the encoding the page states (U+FFFD)"));
                continue;
            }
            Optional<OffsetDateTime> published = time(box, zone);
            if (published.isEmpty()) {
                skipped.add(new UnusableItem(url, threadTitle, "no readable time"));
                continue;
            }
            String title;
            if (opening && threadTitle != null) {
                title = threadTitle;
            } else {
                String[] split = PostText.split(text);
                title = split[0];
                text = split[1];
            }
            posts.add(new SocialItem(url, title, text, published.get(), null,
                    new SocialPost(PLATFORM, forum, forumName, id, opening ? SocialPost.POST : SocialPost.COMMENT,
                            opening ? null : threadUrl),
                    null));
        }
        return new SocialListing(posts, skipped);
    }

    /** The post's time: a machine-readable attribute where the layout has one, else the date line of its box. */
    static Optional<OffsetDateTime> time(Element box, ZoneId zone) {
        Element time = outsideEditNote(box, "time[datetime]");
        if (time != null) {
            try {
                // XenForo writes the offset without a colon ("+0700")
                String iso = time.attr("datetime").strip().replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
                return Optional.of(OffsetDateTime.parse(iso));
            } catch (DateTimeParseException e) {
                // an unreadable attribute falls back to the printed date below
            }
        }
        Element unix = outsideEditNote(box, "[data-time]");
        if (unix != null && unix.attr("data-time").strip().matches("\\d{9,11}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(unix.attr("data-time").strip()))
                    .atOffset(ZoneOffset.UTC));
        }
        Element printed = outsideEditNote(box, "span.DateTime[title], span.date, .postdate, p.author, .thead, "
                + "td.thead, div.thead");
        if (printed == null) {
            return Optional.empty();
        }
        // XenForo 1 prints "Oct 30, 2014" and keeps the time in the title: "Oct 30, 2014 at 10:48 PM"
        String shown = printed.is("span.DateTime") ? printed.attr("title").replace(" at ", " ") : printed.text();
        String line = DATE_COMMA_TIME.matcher(ORDINAL_DAY.matcher(shown).replaceAll("$1")).replaceAll("$1 $2");
        return VietnameseDates.parse(line, zone);
    }

    /**
     * The first element of {@code box} matching {@code selector} that is not in the note of the post's last edit:
     * tinhte.vn's XenForo 1 prints "Sửa lần cuối bởi …, 14/12/12" before the time the post was written.
     */
    private static Element outsideEditNote(Element box, String selector) {
        for (Element e : box.select(selector)) {
            if (e.closest(EDIT_NOTE) == null) {
                return e;
            }
        }
        return null;
    }

    private static String permalink(Element box, String id, String pageUrl) {
        Element link = box.selectFirst("a[href$=posts/" + id + "/], a[href$=posts/" + id + "], a[href*=/post-" + id
                + "], a[href$=#post" + id + "], a#postcount" + id + ", a[href$=#p" + id + "]");
        if (link == null) {
            // XenForo 1 may link an opening post only through its actions ("posts/N/likes", "posts/N/permalink")
            link = box.selectFirst("a[href*=posts/" + id + "/]");
        }
        String href = link == null ? "" : POST_ACTION.matcher(link.absUrl("href")).replaceFirst("$1");
        if (href.isEmpty()) {
            int hash = pageUrl.indexOf('#');
            return (hash < 0 ? pageUrl : pageUrl.substring(0, hash)) + "#post-" + id;
        }
        return href;
    }

    /** The number of the post a forum address points at, or empty for a thread's own address. */
    public static Optional<String> linkedPost(String url) {
        Matcher m = LINKED_POST.matcher(url);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** Whether the page is not the thread's first: it links a previous page, or its address numbers a later one. */
    static boolean laterPage(Document doc, String pageUrl) {
        // a disabled "previous" button on the first page links nowhere
        return doc.selectFirst("link[rel=prev], a[rel=prev][href]:not([href^=javascript]):not(.disabled)") != null || LATER_PAGE_ADDRESS.matcher(pageUrl).find();
    }

    /** The thread's address without a page number, so replies on every page share one parent. */
    static String threadUrl(Document doc, String pageUrl) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.absUrl("href") : pageUrl;
        if (url.isEmpty()) {
            url = pageUrl;
        }
        int hash = url.indexOf('#');
        url = hash < 0 ? url : url.substring(0, hash);
        url = PAGE_QUERY.matcher(url).replaceAll("").replaceFirst("\\?$", "");
        if (!url.contains("?") && url.contains("&")) {
            url = url.replaceFirst("&", "?");
        }
        url = LATER_PAGE_XENFORO.matcher(url).replaceFirst("/");
        if (laterPage(doc, pageUrl)) {
            url = LATER_PAGE_VBULLETIN.matcher(url).replaceFirst(".html");
        }
        return url;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            }
        } catch (IllegalArgumentException e) {
            // a page read from a file has no host: the caller's address stands for the forum
        }
        return "forum";
    }

    private static String forumName(Document doc, String host) {
        Element site = doc.selectFirst("meta[property=og:site_name][content]");
        String name = site == null ? null : CleanText.plain(site.attr("content"));
        return name != null ? name : host;
    }

    private static String threadTitle(Document doc) {
        for (String selector : List.of("h1.p-title-value", "h2.topic-title", "#page-body > h2", "span.threadtitle", "h1",
                "meta[property=og:title]")) {
            Element e = doc.selectFirst(selector);
            String text = e == null ? null : CleanText.plain(e.is("meta") ? e.attr("content") : e.text());
            if (text != null) {
                return text;
            }
        }
        return CleanText.plain(doc.title());
    }
}
