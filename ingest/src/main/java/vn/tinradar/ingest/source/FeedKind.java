package vn.tinradar.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a feed URL serves: an RSS or Atom feed, a (news) sitemap or index, or a section page listing links. */
public enum FeedKind {
    RSS, ATOM, SITEMAP, LIST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeedKind fromId(String value) {
        for (FeedKind kind : values()) {
            if (kind.id().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown feed kind '" + value + "', expected one of "
                + Arrays.stream(values()).map(FeedKind::id).collect(Collectors.joining(", ")));
    }
}
