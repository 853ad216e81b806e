package vn.tinradar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.CommentFormat;
import vn.tinradar.ingest.source.CommentsAt;
import vn.tinradar.ingest.source.FeedKind;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;

/**
 * The sources registry: which publications are crawled, through which feeds, how often.
 *
 * <p>Read from a YAML file ({@code sources:} list); every mistake (duplicate id, unknown tier or feed kind,
 * bad URL, min interval above max, unknown key) is a {@link ConfigException} naming the file and line.
 */
public final class SourceRegistry {

    private static final Set<String> SOURCE_KEYS = Set.of("id", "name", "home", "tier", "province-only",
            "allow-private-network", "poll", "feeds", "selectors", "comments");
    private static final Set<String> COMMENT_KEYS = Set.of("format", "url");
    private static final Set<String> POLL_KEYS = Set.of("min-interval-seconds", "max-interval-seconds");
    private static final Set<String> FEED_KEYS = Set.of("url", "kind");
    private static final Set<String> SELECTOR_KEYS = Set.of("title", "summary", "body", "date", "author", "links");

    private final List<Source> sources;

    public SourceRegistry(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    public static SourceRegistry load(Path file) {
        ConfigDocument doc = ConfigDocument.load(file);
        return from(doc);
    }

    public static SourceRegistry parse(String fileName, String yaml) {
        return from(ConfigDocument.parse(fileName, yaml));
    }

    private static SourceRegistry from(ConfigDocument doc) {
        JsonNode list = doc.at("/sources");
        doc.check(list.isArray(), "/sources", "expected a list of sources under 'sources:'");
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Source source = readSource(doc, "/sources/" + i);
            doc.check(ids.add(source.id()), "/sources/" + i + "/id", "duplicate source id '" + source.id() + "'");
            sources.add(source);
        }
        return new SourceRegistry(sources);
    }

    private static Source readSource(ConfigDocument doc, String at) {
        JsonNode node = doc.at(at);
        doc.check(node.isObject(), at, "expected a source with id, name, tier and feeds");
        onlyKnownKeys(doc, at, node, SOURCE_KEYS);
        String id = requiredText(doc, at + "/id");
        doc.check(id.matches("[a-z0-9-]+"), at + "/id", "must match [a-z0-9-]+ but was '" + id + "'");
        String name = requiredText(doc, at + "/name");
        String home = node.has("home") ? url(doc, at + "/home") : null;
        SourceTier tier;
        try {
            tier = SourceTier.fromId(requiredText(doc, at + "/tier"));
        } catch (IllegalArgumentException e) {
            throw doc.error(at + "/tier", e.getMessage());
        }
        boolean provinceOnly = bool(doc, at + "/province-only", false);
        boolean allowPrivate = bool(doc, at + "/allow-private-network", false);
        // 0 = not given: the crawler applies ingest's default-min/max-interval-seconds
        int min = 0;
        int max = 0;
        if (node.has("poll")) {
            onlyKnownKeys(doc, at + "/poll", node.get("poll"), POLL_KEYS);
            min = positiveInt(doc, at + "/poll/min-interval-seconds", 0);
            max = positiveInt(doc, at + "/poll/max-interval-seconds", 0);
            doc.check(min == 0 || max == 0 || min <= max, at + "/poll/min-interval-seconds",
                    "min-interval-seconds (" + min + ") must be <= max-interval-seconds (" + max + ")");
        }
        JsonNode feedList = node.path("feeds");
        doc.check(feedList.isArray() && feedList.size() > 0, at + (node.has("feeds") ? "/feeds" : ""),
                "source '" + id + "' needs at least one feed under 'feeds:'");
        List<Feed> feeds = new ArrayList<>();
        for (int f = 0; f < feedList.size(); f++) {
            String fat = at + "/feeds/" + f;
            onlyKnownKeys(doc, fat, feedList.get(f), FEED_KEYS);
            String url = url(doc, fat + "/url");
            FeedKind kind;
            try {
                kind = FeedKind.fromId(requiredText(doc, fat + "/kind"));
            } catch (IllegalArgumentException e) {
                throw doc.error(fat + "/kind", e.getMessage());
            }
            feeds.add(new Feed(id, url, kind));
        }
        Selectors selectors = Selectors.NONE;
        if (node.has("selectors")) {
            JsonNode s = node.get("selectors");
            onlyKnownKeys(doc, at + "/selectors", s, SELECTOR_KEYS);
            selectors = new Selectors(text(s, "title"), text(s, "summary"), text(s, "body"), text(s, "date"),
                    text(s, "author"), text(s, "links"));
        }
        CommentsAt comments = node.has("comments") ? comments(doc, at + "/comments") : null;
        return new Source(id, name, home, tier, provinceOnly, allowPrivate, min, max, feeds, selectors, comments);
    }

    /** {@code comments: {format: schema-org}} or {@code {format: vnexpress-json, url: "…{article-id}…"}}. */
    private static CommentsAt comments(ConfigDocument doc, String at) {
        onlyKnownKeys(doc, at, doc.at(at), COMMENT_KEYS);
        CommentFormat format;
        try {
            format = CommentFormat.fromId(requiredText(doc, at + "/format"));
        } catch (IllegalArgumentException e) {
            throw doc.error(at + "/format", e.getMessage());
        }
        if (!format.endpoint()) {
            doc.check(!doc.at(at).has("url"), at + "/url",
                    "format " + format.id() + " reads the comments in the article page: it takes no url");
            return new CommentsAt(format, null);
        }
        doc.check(doc.at(at).has("url"), at + "/format", "format " + format.id() + " needs the endpoint's url");
        String url = requiredText(doc, at + "/url");
        doc.check(url.contains(CommentsAt.ARTICLE_ID), at + "/url",
                "must contain " + CommentsAt.ARTICLE_ID + " where the article's number goes but was '" + url + "'");
        checkUrl(doc, at + "/url", url, url.replace(CommentsAt.ARTICLE_ID, "1"));
        return new CommentsAt(format, url);
    }

    private static void onlyKnownKeys(ConfigDocument doc, String at, JsonNode node, Set<String> known) {
        doc.check(node.isObject(), at, "expected a mapping");
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            doc.check(known.contains(key), at + "/" + key,
                    "unknown key '" + key + "' (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")");
        }
    }

    private static String requiredText(ConfigDocument doc, String pointer) {
        JsonNode value = doc.at(pointer);
        doc.check(value.isTextual() && !value.asText().isBlank(), pointer, "must be set");
        return value.asText().trim();
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static boolean bool(ConfigDocument doc, String pointer, boolean fallback) {
        JsonNode value = doc.at(pointer);
        if (value.isMissingNode()) {
            return fallback;
        }
        doc.check(value.isBoolean(), pointer, "must be true or false but was '" + value.asText() + "'");
        return value.asBoolean();
    }

    private static int positiveInt(ConfigDocument doc, String pointer, int fallback) {
        JsonNode value = doc.at(pointer);
        if (value.isMissingNode()) {
            return fallback;
        }
        doc.check(value.isIntegralNumber() && value.asLong() > 0 && value.asLong() <= Integer.MAX_VALUE, pointer,
                "must be a whole number > 0 but was '" + value.asText() + "'");
        return value.asInt();
    }

    private static String url(ConfigDocument doc, String pointer) {
        String value = requiredText(doc, pointer);
        checkUrl(doc, pointer, value, value);
        return value;
    }

    /** Checks {@code candidate}, the value as written or with its placeholder filled, naming {@code value}. */
    private static void checkUrl(ConfigDocument doc, String pointer, String value, String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            doc.check((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null, pointer,
                    "must be an absolute http(s) URL but was '" + value + "'");
        } catch (URISyntaxException e) {
            throw doc.error(pointer, "not a valid URL '" + value + "': " + e.getReason());
        }
    }

    public List<Source> sources() {
        return sources;
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
