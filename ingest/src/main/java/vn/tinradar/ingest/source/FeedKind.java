package vn.tinradar.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a feed URL serves: an RSS or Atom feed, a (news) sitemap or index, a section page listing links, or a social
 * channel whose listing already carries each post whole (a YouTube channel's or playlist's Atom feed, a public
 * Telegram channel's web preview {@code t.me/s/<channel>}), or a forum's RSS feed whose items are threads, each
 * thread page read for its posts ({@code forum}: XenForo, vBulletin or phpBB).
 */
public enum FeedKind {
    RSS, ATOM, SITEMAP, LIST, YOUTUBE, TELEGRAM, FORUM;

    /** Whether each item is a social post read from the listing itself, with no page of its own to fetch. */
    public boolean social() {
        return this == YOUTUBE || this == TELEGRAM;
    }

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
