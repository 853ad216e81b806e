package vn.tinradar.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.tinradar.ingest.text.CleanText;

/**
 * On a forum thread the story is the opening post; the replies below it are readers' talk, and one long reply
 * would otherwise win the text-density search. The message containers of the forum software Vietnamese boards
 * run: XenForo 2 (voz.vn, {@code .bbWrapper}), XenForo 1 (tinhte.vn, {@code blockquote.messageText}) and
 * vBulletin ({@code post_message_}).
 */
final class ForumPost {

    private static final String MESSAGES = "article.message .message-body .bbWrapper, blockquote.messageText, "
            + "div[id^=post_message_]";

    private ForumPost() {
    }

    /** The first post's message when the page holds a thread of at least two posts, else null. */
    static Element first(Document doc) {
        Elements messages = doc.select(MESSAGES);
        return messages.size() >= 2 ? messages.first() : null;
    }

    /** The post's lines as the reader sees them: a post is one block of text broken by {@code <br>}s. */
    static List<String> paragraphs(Element post) {
        Element copy = post.clone();
        copy.select("script, style, .bbCodeQuote, .bbCodeBlock--quote, blockquote.bbCodeBlock").remove();
        List<String> out = new ArrayList<>();
        for (String part : ParagraphBreaks.split(copy.html())) {
            String text = CleanText.plain(Jsoup.parseBodyFragment(part).text());
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }
}
