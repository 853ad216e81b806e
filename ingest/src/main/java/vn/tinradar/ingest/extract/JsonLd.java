package vn.tinradar.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.common.kafka.Json;

/** Finds the schema.org article object in a page's JSON-LD blocks (plain, array or {@code @graph}). */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "BlogPosting", "AnalysisNewsArticle", "WebPage");

    private JsonLd() {
    }

    static Optional<JsonNode> article(Document doc) {
        JsonNode fallback = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                // CMSs leave raw newlines and tabs inside JSON strings; they are never meaningful there
                root = Json.mapper().readTree(script.data().replaceAll("[\\r\\n\\t]+", " "));
            } catch (Exception e) {
                continue; // a broken block is common; the meta tags still tell most of the story
            }
            JsonNode found = find(root);
            if (found != null) {
                if (!typeOf(found).equals("WebPage")) {
                    return Optional.of(found);
                }
                fallback = found;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static JsonNode find(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode found = find(child);
                if (found != null && !typeOf(found).equals("WebPage")) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return find(node.get("@graph"));
        }
        return ARTICLE_TYPES.contains(typeOf(node)) ? node : null;
    }

    private static String typeOf(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText()) && !t.asText().equals("WebPage")) {
                    return t.asText();
                }
            }
            return type.size() > 0 ? type.get(0).asText() : "";
        }
        return type.asText("");
    }

    /** A text field, or the {@code name}/{@code url} of an object, or the first of an array. */
    static String text(JsonNode article, String field) {
        JsonNode value = article.path(field);
        if (value.isArray()) {
            value = value.size() > 0 ? value.get(0) : value;
        }
        if (value.isObject()) {
            value = value.has("name") ? value.get("name") : value.has("url") ? value.get("url") : value.path("@id");
        }
        return value.isValueNode() && !value.asText().isBlank() ? value.asText().trim() : null;
    }
}
