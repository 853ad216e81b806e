package vn.tinradar.analyze.query.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.text.VnTime;

/**
 * One search as staff ask it: the query text (see {@link StaffQuery} for its syntax), filters, a period, the order
 * and the page. Filter lists hold alternatives (any of them matches); different filters must all match.
 *
 * @param from first instant included, or null
 * @param until first instant NOT included (the day after a {@code to} date), or null
 */
public record SearchRequest(String query, List<String> sources, List<String> tiers, List<String> topics,
                            List<String> places, List<String> sentiments, Instant from, Instant until, Order order,
                            int offset, int limit) {

    public enum Order { RELEVANCE, TIME }

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_QUERY_LENGTH = 500;
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public SearchRequest {
        query = query == null ? "" : query.strip();
        sources = List.copyOf(sources);
        tiers = List.copyOf(tiers);
        topics = List.copyOf(topics);
        places = List.copyOf(places);
        sentiments = List.copyOf(sentiments);
    }

    /** A query with no filters: first page, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                Order.RELEVANCE, 0, DEFAULT_LIMIT);
    }

    /** The same search with another page; the page size is not capped, for exports (which set their own cap). */
    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, sources, tiers, topics, places, sentiments, from, until, order, newOffset,
                newLimit);
    }

    /**
     * Reads HTTP query parameters: q, source, tier, topic, place, sentiment (comma-separated alternatives),
     * from, to (dd/MM/yyyy, yyyy-MM-dd or ISO-8601 with offset), sort (relevance|time), page and size, or
     * offset and limit. Unknown parameters are ignored.
     *
     * @throws IllegalArgumentException naming the parameter, when a value is not allowed
     */
    public static SearchRequest fromParams(Map<String, String> params) {
        String q = params.getOrDefault("q", "");
        if (q.length() > MAX_QUERY_LENGTH) {
            throw bad("q", q.substring(0, 40) + "…", "at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> tiers = list(params.get("tier"));
        for (String tier : tiers) {
            try {
                SourceTier.fromId(tier);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter 'tier': " + e.getMessage());
            }
        }
        List<String> sentiments = list(params.get("sentiment"));
        for (String s : sentiments) {
            if (!List.of(Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE).contains(s)) {
                throw bad("sentiment", s, "positive, neutral or negative");
            }
        }
        Instant from = start("from", params.get("from"));
        Instant until = end("to", params.get("to"));
        if (from != null && until != null && !from.isBefore(until)) {
            throw bad("to", params.get("to"), "a date not before 'from' (" + params.get("from") + ")");
        }
        Order order = order(params.get("sort"));
        int limit = integer(params, params.containsKey("limit") ? "limit" : "size", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset;
        if (params.containsKey("offset")) {
            offset = integer(params, "offset", 0, 0, 10_000);
        } else {
            offset = (integer(params, "page", 1, 1, 10_000 / limit) - 1) * limit;
        }
        return new SearchRequest(q, list(params.get("source")), tiers, list(params.get("topic")),
                list(params.get("place")), sentiments, from, until, order, offset, limit);
    }

    /** The start of a period bound: a date means its first instant in Asia/Ho_Chi_Minh. */
    static Instant start(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return instant(name, value.strip(), false);
    }

    /** The exclusive end of a period bound: a date means the whole day is included. */
    static Instant end(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return instant(name, value.strip(), true);
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        try {
            if (value.contains("T")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            LocalDate day = value.contains("/") ? LocalDate.parse(value, VN_DATE) : LocalDate.parse(value);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(VnTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(name, value, "a date dd/MM/yyyy, yyyy-MM-dd or an ISO-8601 time with offset");
        }
    }

    private static Order order(String value) {
        if (value == null || value.isBlank()) {
            return Order.RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> Order.RELEVANCE;
            case "time" -> Order.TIME;
            default -> throw bad("sort", value, "relevance or time");
        };
    }

    private static int integer(Map<String, String> params, String name, int dflt, int min, int max) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw bad(name, value, "a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name, value, "a whole number from " + min + " to " + max);
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>(
                Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (values.size() > 1) {
            // a facet value may itself hold a comma ("Giá cả, phí"): the whole value stays an alternative too
            values.add(value.strip());
        }
        return List.copyOf(values);
    }

    private static IllegalArgumentException bad(String name, String value, String expected) {
        return new IllegalArgumentException("parameter '" + name + "' must be " + expected + " but was '" + value + "'");
    }
}
