package vn.tinradar.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where an outlet exposes its readers' comments: schema.org {@code Comment} objects in the article page's JSON-LD or
 * microdata (read from the page already fetched), or VnExpress's comment endpoint (JSON, fetched once per article).
 */
public enum CommentFormat {
    SCHEMA_ORG("schema-org", false),
    VNEXPRESS_JSON("vnexpress-json", true);

    private final String id;
    private final boolean endpoint;

    CommentFormat(String id, boolean endpoint) {
        this.id = id;
        this.endpoint = endpoint;
    }

    public String id() {
        return id;
    }

    /** Whether the comments are at an address of their own, which the source must give. */
    public boolean endpoint() {
        return endpoint;
    }

    public static CommentFormat fromId(String value) {
        for (CommentFormat format : values()) {
            if (format.id.equals(value.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown comment format '" + value + "', expected one of "
                + Arrays.stream(values()).map(CommentFormat::id).collect(Collectors.joining(", ")));
    }
}
