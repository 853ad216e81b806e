package vn.tinradar.analyze.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.text.VnTime;

/**
 * Reads one line of the {@code score}/{@code train} input ({@code id, title, text}, optional {@code url,
 * source, published, engagement, author, tier}) as an {@link Article}; a {@code published} without an offset
 * is Vietnam time.
 */
public final class ArticleLines {

    /** Date and time with 'T' or a space between them, seconds and fraction optional, no offset. */
    private static final DateTimeFormatter NAIVE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendPattern("['T'][' ']")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);

    private ArticleLines() {
    }

    /** @throws IllegalArgumentException saying which field is missing or malformed */
    public static Article toArticle(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("line is not a JSON object");
        }
        String id = text(n, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("missing 'id'");
        }
        String title = text(n, "title");
        String body = text(n, "text");
        if ((title == null || title.isBlank()) && (body == null || body.isBlank())) {
            throw new IllegalArgumentException("both 'title' and 'text' are empty");
        }
        OffsetDateTime published = published(text(n, "published"));
        String source = text(n, "source");
        SourceTier tier = tier(text(n, "tier"), source);
        return new Article(Article.VERSION, id, text(n, "url"), source, source, tier, title, null, body,
                text(n, "author"), null, null, "vi", published, null, published == null ? "fetched" : "page",
                Instant.EPOCH, null, engagement(n.get("engagement")), false);
    }

    /**
     * An ISO-8601 time; one without an offset ({@code 2018-08-20 00:00:00} or {@code 2018-08-20T00:00}) was
     * written by a Vietnamese source in its own time, as the crawler reads such dates, so it is Vietnam time.
     */
    static OffsetDateTime published(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v, NAIVE).atZone(VnTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("field 'published' is not an ISO-8601 date-time: '" + v + "'");
            }
        }
    }

    /** A tier named outright wins; otherwise a source called "social"/"facebook"/"forum" is a social post. */
    static SourceTier tier(String tier, String source) {
        if (tier != null && !tier.isBlank()) {
            return SourceTier.fromId(tier);
        }
        if (source == null) {
            return null;
        }
        String s = source.trim().toLowerCase(Locale.ROOT);
        try {
            return SourceTier.fromId(s);
        } catch (IllegalArgumentException notATier) {
            return switch (s) {
                case "social", "facebook", "forum", "zalo", "tiktok", "youtube" -> SourceTier.FORUM_SOCIAL;
                default -> null;
            };
        }
    }

    private static Engagement engagement(JsonNode e) {
        if (e == null || !e.isObject()) {
            return null;
        }
        return new Engagement(count(e, "like"), count(e, "comment"), count(e, "share"), count(e, "view"));
    }

    private static Long count(JsonNode e, String field) {
        JsonNode v = e.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.canConvertToLong()) {
            return v.asLong();
        }
        // data sets write "unknown" or stray text for a missing count: unknown, not an error
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e2) {
            return null;
        }
    }

    public static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
