package vn.tinradar.deploy.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state change (POST, PUT, PATCH, DELETE) that a browser made for another site: its
 * {@code Sec-Fetch-Site} says cross-site, or its {@code Origin} is not this server's. Scripts (curl) send neither
 * and pass; a session's browser must also send the session's token ({@code SignIn}). A body must be JSON
 * ({@code application/json}), a form, or a file's bytes ({@code application/octet-stream}, an import); anything
 * else is refused before a route reads it. A cross-site page can send a form or text/plain without asking, but not
 * JSON or octet-stream: those need a preflight this server never grants.
 */
public final class SameOrigin {

    private static final Set<String> STATE_CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final PublicUrl publicUrl;

    public SameOrigin(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    public static boolean changesState(Context ctx) {
        return STATE_CHANGES.contains(ctx.method().name());
    }

    public void check(Context ctx) {
        if (!changesState(ctx)) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            refuse(ctx, HttpStatus.FORBIDDEN, "Yêu cầu gửi từ trang web khác bị từ chối (Sec-Fetch-Site: "
                    + site + ").");
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals(expectedOrigin(ctx))) {
            refuse(ctx, HttpStatus.FORBIDDEN, "Yêu cầu gửi từ trang web khác bị từ chối (Origin: " + origin + ").");
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean hasBody = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && !type.startsWith("application/json") && !type.startsWith("application/x-www-form-urlencoded")
                && !type.startsWith("application/octet-stream")) {
            refuse(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json, a form or a file "
                    + "(application/octet-stream) but was '"
                    + ctx.contentType() + "'");
        }
    }

    /** This server's origin: the public URL's when configured, else the one the browser addressed. */
    private String expectedOrigin(Context ctx) {
        if (publicUrl.configured()) {
            return publicUrl.origin();
        }
        return (ctx.scheme() + "://" + ctx.host()).toLowerCase(Locale.ROOT);
    }

    private static void refuse(Context ctx, HttpStatus status, String message) {
        HttpErrors.error(ctx, status, message);
        ctx.skipRemainingHandlers();
    }
}
