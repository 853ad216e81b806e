package vn.tinradar.deploy.web.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads request parameters the same way on every route, naming the bad one when a value does not fit. */
public final class Params {

    private Params() {
    }

    /** A form field, or the query parameter of that name. */
    public static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value != null ? value : ctx.queryParam(name);
    }

    /** The first value of each query parameter, in the order sent. */
    public static Map<String, String> query(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                params.put(k, v.get(0));
            }
        });
        return params;
    }

    /** The body read as JSON into {@code type}; a body of another type is refused (415), never guessed at. */
    public static <T> T jsonBody(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new HttpErrors.UnsupportedMediaType("the body must be sent as Content-Type: application/json but was '"
                    + contentType + "'");
        }
        return ctx.bodyAsClass(type);
    }

    /**
     * A whole-number parameter (form field or query) within {@code min..max}, or {@code fallback} when absent; out
     * of range or not a number, the 400 names it.
     */
    public static long number(Context ctx, String name, long min, long max, Long fallback) {
        String value = param(ctx, name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException("parameter '" + name + "' is required (" + min + ".." + max + ")");
            }
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number " + min + ".." + max
                    + " but was '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("parameter '" + name + "' must be " + min + ".." + max + " but was " + n);
        }
        return n;
    }

    /** The {@code limit} query parameter, 1..1000, or {@code fallback} when absent. */
    public static int limit(Context ctx, int fallback) {
        return (int) number(ctx, "limit", 1, 1000, (long) fallback);
    }
}
