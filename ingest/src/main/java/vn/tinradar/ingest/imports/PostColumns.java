package vn.tinradar.ingest.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names a post's fields go by in the exports staff bring: TinRadar's own ({@code platform, account,
 * url, text, published, likes, comments, shares, parent_url}), a social-listening export's ("Page Name", "User
 * Name", "Post Created", "Message", "URL", "Likes", "Comments", "Shares") and a research data set's
 * ({@code post_message, timestamp_post, num_like_post, num_comment_post, num_share_post}).
 *
 * <p>"Link" is deliberately not a URL alias: in social-listening exports it is the outside page a post shared,
 * not the post itself.
 */
final class PostColumns {

    enum Field { PLATFORM, ACCOUNT, ACCOUNT_NAME, POST_ID, KIND, PARENT_URL, URL, TITLE, TEXT, PUBLISHED, LIKES,
        COMMENTS, SHARES, VIEWS }

    private static final Map<String, Field> ALIASES = new HashMap<>();

    static {
        alias(Field.PLATFORM, "platform", "network", "social network");
        alias(Field.ACCOUNT, "account", "page", "channel", "group", "handle", "user name", "username", "page handle",
                "channel id", "group id");
        alias(Field.ACCOUNT_NAME, "account name", "page name", "channel name", "group name", "channel title");
        alias(Field.POST_ID, "post id", "id", "video id", "message id");
        alias(Field.KIND, "kind");
        alias(Field.PARENT_URL, "parent url", "parent", "in reply to", "reply to url");
        alias(Field.URL, "url", "post url", "permalink", "post link", "video url");
        alias(Field.TITLE, "title", "video title");
        alias(Field.TEXT, "text", "message", "post message", "content", "body", "caption", "description");
        alias(Field.PUBLISHED, "published", "post created", "created time", "created at", "timestamp post",
                "timestamp", "date", "time", "published at");
        alias(Field.LIKES, "likes", "like", "like count", "num like post", "reactions", "total reactions",
                "engagement like");
        alias(Field.COMMENTS, "comments", "comment count", "num comment post", "engagement comment");
        alias(Field.SHARES, "shares", "share count", "num share post", "engagement share");
        alias(Field.VIEWS, "views", "view", "view count", "engagement view");
    }

    private PostColumns() {
    }

    private static void alias(Field field, String... names) {
        for (String name : names) {
            ALIASES.put(name, field);
        }
    }

    /** The field a column header names, or null for a column TinRadar does not read. */
    static Field of(String header) {
        return header == null ? null : ALIASES.get(fold(header));
    }

    /** Every field the given headers supply, first header first when two name the same field. */
    static Map<Field, String> fieldsOf(Map<String, String> row) {
        Map<Field, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : row.entrySet()) {
            Field f = of(e.getKey());
            if (f != null && e.getValue() != null && !e.getValue().isBlank()) {
                out.putIfAbsent(f, e.getValue().strip());
            }
        }
        return out;
    }

    /** The headers that say which field the file gives, for the report when none is known. */
    static List<String> knownHeaders() {
        return ALIASES.keySet().stream().sorted().toList();
    }

    /** "Post Created", "post_created" and "post-created" are one header; a byte-order mark is not part of it. */
    static String fold(String header) {
        String h = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return h.replaceAll("[_\\-.]+", " ").replaceAll("\\s+", " ").strip();
    }
}
