package vn.tinradar.deploy.web.http;

import java.net.URI;
import java.util.Locale;

/**
 * The address staff use to reach this server ({@code web.public-url}): absolute links (Atom, e-mail) start with it
 * and never with the request's Host header, and when it is https the session cookie is Secure and HSTS is sent.
 */
public record PublicUrl(String base, boolean configured) {

    /** @param configured {@code web.public-url}, blank when unset: links then start with http://localhost:port */
    public static PublicUrl of(String configured, int port) {
        if (configured == null || configured.isBlank()) {
            return new PublicUrl("http://localhost:" + port, false);
        }
        String base = configured.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new PublicUrl(base, true);
    }

    public boolean https() {
        return base.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** scheme://host[:port] as a browser sends it in the Origin header. */
    public String origin() {
        URI uri = URI.create(base);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }
}
