package vn.tinradar.ingest.social;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.PostText;

/**
 * Reads one Telegram message again for a re-check, from its embed page ({@code https://t.me/<channel>/<n>?embed=1}).
 * The message's plain address shows the channel whatever became of the message; the embed page shows the message,
 * or, once the channel deleted it, Telegram's "Post not found" in place of it.
 */
public final class TelegramPost {

    private static final Pattern PERMALINK = Pattern.compile("https?://[^/?#]+/[A-Za-z0-9_]{3,64}/\\d{1,12}");

    private TelegramPost() {
    }

    /** Whether {@code url} is a message's own address (channel/number), not the channel's page or preview. */
    public static boolean isPermalink(String url) {
        return url != null && PERMALINK.matcher(url).matches();
    }

    /** The embed page of a message's address. */
    public static String embedUrl(String permalink) {
        return permalink + "?embed=1";
    }

    /**
     * What the embed page says: the message as a page (first line for a title, the rest its text), or, for a
     * deleted message, a page whose text is Telegram's notice alone, which a re-check reads as a takedown.
     *
     * @return null when the page is neither a message nor Telegram's notice
     */
    public static ExtractedPage read(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        Element error = doc.selectFirst(".tgme_widget_message_error");
        if (error != null) {
            String notice = CleanText.plain(error.text());
            return page(url, null, notice == null ? "post not found" : notice.toLowerCase(Locale.ROOT));
        }
        String text = PostText.plainLines(TelegramPreview.textWithBreaks(doc.selectFirst(".tgme_widget_message_text")));
        if (text == null) {
            return null;
        }
        String[] titleAndRest = PostText.split(text);
        return page(url, titleAndRest[0], titleAndRest[1] == null ? titleAndRest[0] : titleAndRest[1]);
    }

    private static ExtractedPage page(String url, String title, String text) {
        return new ExtractedPage(url, title, null, text, null, null, null, "vi", null, null, null, null);
    }
}
