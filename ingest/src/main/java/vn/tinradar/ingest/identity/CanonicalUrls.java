package vn.tinradar.ingest.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.tinradar.common.event.ArticleIds;

/**
 * One spelling per article URL, so the same story reached through a tracking link, its AMP page or its
 * mobile host gets the same id: scheme and host lower case, default port, fragment and tracking
 * parameters dropped, {@code m.}/{@code amp.} hosts, {@code /amp} paths and {@code ?amp} folded.
 */
public final class CanonicalUrls {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "zarsrc", "zalo_source", "ref", "ref_src", "spm", "cmpid",
            "amp", "output", "itm_source", "itm_medium", "itm_campaign", "gidzl", "s_cid");

    private CanonicalUrls() {
    }

    /** The canonical form of an absolute http(s) URL, or empty when it is not one. */
    public static Optional<String> canonical(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            // mobile and AMP hosts serve the same articles as the main host
            for (String prefix : List.of("m.", "amp.", "mobile.")) {
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                    break;
                }
            }
            // www. or not is the same site for every publication we watch; keep the shorter form
            if (host.startsWith("www.") && host.indexOf('.', 4) > 0) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = foldAmpPath(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
            String query = cleanQuery(uri.getRawQuery());
            StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
            if (!defaultPort) {
                sb.append(':').append(port);
            }
            sb.append(path);
            if (!query.isEmpty()) {
                sb.append('?').append(query);
            }
            return Optional.of(sb.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Resolves {@code href} against {@code base} and canonicalises it. */
    public static Optional<String> resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            String h = href.trim().replace(" ", "%20");
            URI resolved = base == null ? new URI(h) : new URI(base.trim().replace(" ", "%20")).resolve(h);
            return canonical(resolved.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The article id of a URL: stable over tracking/AMP/mobile variants. */
    public static String articleId(String canonicalUrl) {
        return ArticleIds.fromCanonicalUrl(canonicalUrl);
    }

    private static String foldAmpPath(String path) {
        String p = path;
        if (p.startsWith("/amp/")) {
            p = p.substring(4);
        }
        if (p.endsWith("/amp") || p.endsWith("/amp/")) {
            p = p.substring(0, p.lastIndexOf("/amp"));
        }
        if (p.endsWith(".amp")) {
            p = p.substring(0, p.length() - 4);
        }
        p = p.replace(".amp.html", ".html").replace(".amp.htm", ".htm");
        return p.isEmpty() ? "/" : p;
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }
}
