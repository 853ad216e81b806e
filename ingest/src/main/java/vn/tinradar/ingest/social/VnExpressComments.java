package vn.tinradar.ingest.social;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Readers' comments from VnExpress's comment endpoint ({@code usi-saas.vnexpress.net/index/get?objectid=…}): a JSON
 * object {@code {error, errorDescription, iscomment, data: {total, totalitem, items: [...]}}} whose items carry
 * {@code comment_id}, {@code content}, {@code creation_time} (seconds since 1970), {@code userlike} and their
 * replies under {@code replys.items}; {@code full_name} and {@code userid} are not read.
 */
public final class VnExpressComments {

    private VnExpressComments() {
    }

    /** The comments and replies of {@code json}; an answer that is not this JSON is refused naming the endpoint. */
    public static SocialListing parse(String json, String endpoint, String articleUrl, String outletName)
            throws FeedParseException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new FeedParseException("comment endpoint " + endpoint + " did not answer JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("data").isObject()) {
            throw new FeedParseException("comment endpoint " + endpoint + " answered JSON without a data object");
        }
        if (root.path("error").asInt(0) != 0) {
            throw new FeedParseException("comment endpoint " + endpoint + " answered error "
                    + root.path("error").asText() + ": " + root.path("errorDescription").asText(""));
        }
        ReaderComments comments = new ReaderComments(articleUrl, outletName);
        List<SocialItem> posts = new ArrayList<>();
        List<UnusableItem> skipped = new ArrayList<>();
        for (JsonNode item : root.path("data").path("items")) {
            add(item, comments, posts, skipped);
            for (JsonNode reply : item.path("replys").path("items")) {
                add(reply, comments, posts, skipped);
            }
        }
        return new SocialListing(posts, skipped);
    }

    private static void add(JsonNode item, ReaderComments comments, List<SocialItem> posts,
                            List<UnusableItem> skipped) {
        ParseBudget.check();
        JsonNode time = item.path("creation_time");
        long seconds = time.asLong(0); // a number, or a number written as text
        OffsetDateTime published = seconds > 0
                ? Instant.ofEpochSecond(seconds).atZone(VnTime.ZONE).toOffsetDateTime() : null;
        JsonNode likes = item.path("userlike");
        comments.add(item.path("comment_id").asText(null), null, item.path("content").asText(null), published,
                likes.canConvertToLong() ? likes.asLong() : null, posts, skipped);
    }
}
