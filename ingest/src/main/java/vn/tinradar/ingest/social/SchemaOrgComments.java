package vn.tinradar.ingest.social;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.extract.VietnameseDates;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Readers' comments an article page carries as schema.org {@code Comment} objects in its JSON-LD (the article's
 * {@code comment} list, replies in each comment's own {@code comment} list): {@code text}, {@code dateCreated} or
 * {@code datePublished}, {@code url} or {@code @id}, {@code upvoteCount} as likes; or, when the JSON-LD has none, as
 * microdata items in the page ({@link MicrodataComments}). The {@code author} is not read.
 */
public final class SchemaOrgComments {

    private SchemaOrgComments() {
    }

    /** The comments of the page {@code html} at {@code articleUrl}; none when it carries none. */
    public static SocialListing parse(String html, String articleUrl, String outletName) {
        ReaderComments comments = new ReaderComments(articleUrl, outletName);
        List<SocialItem> posts = new ArrayList<>();
        List<UnusableItem> skipped = new ArrayList<>();
        Document page = Jsoup.parse(html, articleUrl);
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = Json.mapper().readTree(script.data().replaceAll("[\\r\\n\\t]+", " "));
            } catch (Exception e) {
                continue; // a broken block says nothing about comments; the article itself was already read
            }
            walk(root, false, comments, posts, skipped);
        }
        if (posts.isEmpty() && skipped.isEmpty()) {
            // only then: a page giving its comments both ways would otherwise count each twice
            MicrodataComments.read(page, comments, posts, skipped);
        }
        return new SocialListing(posts, skipped);
    }

    private static void walk(JsonNode node, boolean inCommentList, ReaderComments comments, List<SocialItem> posts,
                             List<UnusableItem> skipped) {
        ParseBudget.check();
        if (node.isArray()) {
            node.forEach(child -> walk(child, inCommentList, comments, posts, skipped));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isComment(node)) {
            comments.add(text(node, "@id", "url", "identifier"), text(node, "url"), text(node, "text"),
                    date(node), likes(node), posts, skipped);
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("author")) {
                walk(field.getValue(), field.getKey().equals("comment"), comments, posts, skipped);
            }
        });
    }

    private static boolean isComment(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("Comment")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals("Comment");
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isValueNode() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static OffsetDateTime date(JsonNode node) {
        String when = text(node, "dateCreated", "datePublished");
        return when == null ? null : VietnameseDates.parse(when).orElse(null);
    }

    private static Long likes(JsonNode node) {
        JsonNode upvotes = node.path("upvoteCount");
        return upvotes.canConvertToLong() ? upvotes.asLong() : null;
    }
}
