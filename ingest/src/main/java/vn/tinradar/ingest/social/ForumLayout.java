package vn.tinradar.ingest.social;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The markup of the three forum packages Vietnamese boards run, as their thread pages print a post: where the posts
 * are, each one's number, message, time and permalink, and which parts of a message are not the poster's words
 * (quotes of earlier posts, signatures).
 */
enum ForumLayout {

    /** XenForo 2 ({@code article.message--post data-content="post-123"}, {@code .bbWrapper}) and 1 ({@code li.message}). */
    XENFORO("article.message[data-content^=post-], li.message[id^=post-]",
            "article.message-body .bbWrapper, .message-body .bbWrapper, blockquote.messageText",
            "blockquote.bbCodeBlock--quote, .bbCodeBlock--quote, div.bbCodeQuote, .bbCodeBlock--unfurl",
            "aside.message-signature, .signature"),
    /** vBulletin 3 and 4: the message is {@code div#post_message_123} inside the post's box. */
    VBULLETIN("div[id~=^post_message_\\d+$]",
            "",
            "div.bbcode_container, div:has(> div > label:matchesOwn(^Quote)), div:has(> div:matchesOwn(^Quote:)), "
                    + "div:has(> table td.alt2), div:has(> div.panel)",
            "div.signaturecontainer, blockquote.signature"),
    /** phpBB 3 prosilver: {@code div.post id="p123"}, the message {@code div.content}. */
    PHPBB("div.post[id~=^p\\d+$]",
            "div.content",
            "blockquote",
            "div.signature");

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,15})$");

    private final String posts;
    private final String body;
    private final String quotes;
    private final String signatures;

    ForumLayout(String posts, String body, String quotes, String signatures) {
        this.posts = posts;
        this.body = body;
        this.quotes = quotes;
        this.signatures = signatures;
    }

    /** The layout whose posts the page holds, or empty when it is none of the three. */
    static Optional<ForumLayout> of(Document doc) {
        for (ForumLayout layout : values()) {
            if (!doc.select(layout.posts).isEmpty()) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    Elements posts(Document doc) {
        return doc.select(posts);
    }

    /** The post's number as the forum counts them, or null when its element carries none. */
    String postId(Element post) {
        String raw = switch (this) {
            case XENFORO -> post.hasAttr("data-content") ? post.attr("data-content") : post.id();
            case VBULLETIN, PHPBB -> post.id();
        };
        Matcher m = NUMBER.matcher(raw.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The element holding what the poster wrote, quotes and signatures still in it. */
    Element message(Element post) {
        return body.isEmpty() ? post : post.selectFirst(body);
    }

    /** A copy of the message without the quotes of earlier posts and without signatures. */
    Element ownWords(Element message) {
        Element copy = message.clone();
        copy.select(signatures).remove();
        copy.select(quotes).remove();
        copy.select("script, style, noscript").remove();
        return copy;
    }

    /** The box around a post that holds its time and permalink: for vBulletin the message's ancestors. */
    Element box(Element post, String postId) {
        if (this != VBULLETIN) {
            return post;
        }
        for (Element parent : post.parents()) {
            if (parent.is("li.postcontainer, li[id=post_" + postId + "], table[id=post" + postId + "], div[id=edit"
                    + postId + "]")) {
                return parent;
            }
        }
        return post.parent() == null ? post : post.parent();
    }
}
