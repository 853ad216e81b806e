package vn.tinradar.ingest.social;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.identity.CanonicalUrls;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ParseBudget;
import vn.tinradar.ingest.text.PostText;

/**
 * Reads a public Telegram channel's web preview ({@code https://t.me/s/<channel>}): one post per message
 * ({@code data-post="channel/123"}), the latest twenty or so, so polling the page again finds the new ones.
 *
 * <p>The message's first line stands for a title and the rest is its text, line breaks kept. A forwarded message
 * is a {@code share} of the post it came from. The preview shows views ("845", "1.2K", "3.4M"), kept as the post's
 * {@code view} count; Telegram shows no likes or shares there.
 */
public final class TelegramPreview {

    public static final String PLATFORM = "telegram";
    private static final Pattern DATA_POST = Pattern.compile("([A-Za-z0-9_]{3,64})/(\\d{1,12})");

    private static final Pattern VIEWS = Pattern.compile("(\\d+(?:\\.\\d+)?)([KkMm])?");

    private TelegramPreview() {
    }

    /** The messages of {@code html}; a message without text or a readable time is skipped with the reason. */
    public static SocialListing parse(String html, String pageUrl) throws FeedParseException {
        Document doc = Jsoup.parse(html, pageUrl);
        List<Element> messages = doc.select("div.tgme_widget_message[data-post]");
        if (messages.isEmpty() && doc.selectFirst(".tgme_channel_info, .tgme_widget_message_wrap") == null) {
            throw new FeedParseException("not a Telegram channel preview: no message and no channel header at "
                    + pageUrl);
        }
        Element header = doc.selectFirst(".tgme_channel_info_header_title");
        String channelTitle = header == null ? null : CleanText.plain(header.text());
        List<SocialItem> posts = new ArrayList<>();
        List<UnusableItem> skipped = new ArrayList<>();
        for (Element message : messages) {
            ParseBudget.check();
            Matcher post = DATA_POST.matcher(message.attr("data-post").strip());
            if (!post.matches()) {
                skipped.add(new UnusableItem(message.attr("data-post"), null, "data-post is not channel/number"));
                continue;
            }
            String channel = post.group(1);
            String number = post.group(2);
            String url = permalink(message, channel, number);
            String text = PostText.plainLines(textWithBreaks(message.selectFirst(".tgme_widget_message_text")));
            if (text == null) {
                skipped.add(new UnusableItem(url, null, "no text (a photo, sticker or service message)"));
                continue;
            }
            String[] titleAndRest = PostText.split(text);
            Element time = message.selectFirst(".tgme_widget_message_date time[datetime]");
            if (time == null) {
                skipped.add(new UnusableItem(url, titleAndRest[0], "no date (time datetime)"));
                continue;
            }
            OffsetDateTime published;
            try {
                published = OffsetDateTime.parse(time.attr("datetime").strip());
            } catch (DateTimeParseException e) {
                skipped.add(new UnusableItem(url, titleAndRest[0], "unreadable date: " + time.attr("datetime")));
                continue;
            }
            Element owner = message.selectFirst(".tgme_widget_message_owner_name");
            String channelName = owner != null ? CleanText.plain(owner.text()) : channelTitle;
            Element forwarded = message.selectFirst("a.tgme_widget_message_forwarded_from_name[href]");
            String parent = forwarded == null ? null : CanonicalUrls.canonical(forwarded.absUrl("href")).orElse(null);
            posts.add(new SocialItem(url, titleAndRest[0], titleAndRest[1], published, null,
                    new SocialPost(PLATFORM, channel, channelName, number,
                            parent == null ? SocialPost.POST : SocialPost.SHARE, parent),
                    views(message.selectFirst(".tgme_widget_message_views"))));
        }
        return new SocialListing(posts, skipped);
    }

    /**
     * The message's own link (its date links to it), when it names the same message; otherwise t.me's address for
     * it. The page's link is kept because a mirror or a local copy of the preview links to itself, not to t.me.
     */
    private static String permalink(Element message, String channel, String number) {
        Element date = message.selectFirst("a.tgme_widget_message_date[href]");
        if (date != null) {
            String href = date.absUrl("href");
            if ((href.startsWith("https://") || href.startsWith("http://")) && href.endsWith("/" + channel + "/" + number)) {
                return CanonicalUrls.canonical(href).orElse(href);
            }
        }
        return "https://t.me/" + channel + "/" + number;
    }

    /** The view counter as the preview writes it ("845", "1.2K", "3.4M"); null when absent or unreadable. */
    static Engagement views(Element counter) {
        if (counter == null) {
            return null;
        }
        Matcher m = VIEWS.matcher(counter.text().strip());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        long scale = m.group(2) == null ? 1 : m.group(2).equalsIgnoreCase("K") ? 1_000 : 1_000_000;
        return new Engagement(null, null, null, Math.round(n * scale));
    }

    /** The element's text with each {@code <br>} and block end as a line break, as the reader sees it. */
    static String textWithBreaks(Element text) {
        if (text == null) {
            return null;
        }
        Element copy = text.clone();
        // white space in the markup, newlines included, is one space to a reader; only <br> and blocks break lines
        for (Element element : copy.getAllElements()) {
            for (TextNode node : element.textNodes()) {
                node.text(node.getWholeText().replaceAll("\\s+", " "));
            }
        }
        copy.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        copy.select("p, div").forEach(block -> block.appendText("\n"));
        return copy.wholeText();
    }
}
