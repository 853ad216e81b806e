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

    /** The {@code limit} query parameter, 1..1000, or {@code fallback} when absent. */
    public static int limit(Context ctx, int fallback) {
        String value = ctx.queryParam("limit");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit must be 1..1000 but was " + limit);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number but was '" + value + "'");
        }
    }
}
