package vn.tinradar.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What to fetch and under which rules.
 *
 * @param maxBytes size cap of the (decompressed) body
 * @param etag validator from the last OK fetch, or null
 * @param lastModified validator from the last OK fetch, or null
 * @param privateHosts lower-case host names that may resolve to private or loopback addresses (the demo's and
 *     tests' own sites); every other host, including redirect targets and links elsewhere, must be public
 */
public record FetchRequest(String url, String sourceId, long maxBytes, String etag, String lastModified,
                           Set<String> privateHosts) {

    public FetchRequest {
        privateHosts = Set.copyOf(privateHosts);
    }

    /** A request whose own host may be private when {@code allowPrivateNetwork} (a URL given by hand, tests). */
    public FetchRequest(String url, String sourceId, long maxBytes, String etag, String lastModified,
                        boolean allowPrivateNetwork) {
        this(url, sourceId, maxBytes, etag, lastModified, allowPrivateNetwork ? hostOf(url) : Set.of());
    }

    public FetchRequest withValidators(String newEtag, String newLastModified) {
        return new FetchRequest(url, sourceId, maxBytes, newEtag, newLastModified, privateHosts);
    }

    boolean mayReachPrivately(String host) {
        return host != null && privateHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The lower-case host of {@code url}, or none when it has no readable host. */
    public static Set<String> hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? Set.of() : Set.of(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }
}
