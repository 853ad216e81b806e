package vn.tinradar.deploy.web.http;

import io.javalin.http.Context;

/**
 * Headers every answer carries: a strict content policy (scripts and styles only from this server, no framing),
 * no type sniffing, no referrer outside the site, nothing of the API kept in caches, and HSTS behind https.
 */
public final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Archived report pages carry their stylesheet inline (they are also mailed whole); still no script at all. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final boolean https;

    public SecurityHeaders(PublicUrl publicUrl) {
        this.https = publicUrl.https();
    }

    public void apply(Context ctx) {
        String path = ctx.path();
        ctx.header("Content-Security-Policy", path.startsWith("/reports/") ? REPORT_POLICY : POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        if (path.startsWith("/api/") || path.startsWith("/reports/") || path.equals("/alerts.atom")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
