package vn.tinradar.analyze.peer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tinradar.analyze.index.SearchStats;
import vn.tinradar.analyze.index.ShardResult;
import vn.tinradar.analyze.search.SearchRequest;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;

/**
 * What this instance answers another one on {@link PeerPaths}: its local stores only, never a further fan-out.
 * The web server checks {@link #allows} first: the caller must send the secret all instances share.
 */
public final class PeerApi {

    /** This instance's local reads; an instance that holds only index shards answers the rest with nothing. */
    public interface Local {
        SearchStats stats(SearchRequest request);

        ShardResult search(PeerSearch search);

        default Optional<ScoredArticle> article(String id) {
            return Optional.empty();
        }

        default Optional<Story> story(String id) {
            return Optional.empty();
        }

        default List<Story> stories(int limit) {
            return List.of();
        }

        default List<Trend> trends(int limit) {
            return List.of();
        }
    }

    private final byte[] secret;
    private final Local local;

    /** @param secret the shared secret; null or blank refuses every caller */
    public PeerApi(String secret, Local local) {
        this.secret = secret == null || secret.isBlank() ? null : token(secret).getBytes(StandardCharsets.US_ASCII);
        this.local = local;
    }

    /**
     * What a peer sends in {@value PeerPaths#SECRET_HEADER}: the SHA-256 of the secret in hex, so the header is
     * plain ASCII whatever the secret holds (a Vietnamese pass phrase) and the secret itself never travels.
     */
    public static String token(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("tinradar-peer:" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether a request carrying this {@value PeerPaths#SECRET_HEADER} header comes from a peer (constant time). */
    public boolean allows(String header) {
        return secret != null && header != null
                && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.US_ASCII));
    }

    public Local local() {
        return local;
    }

    /** An answer to a peer: HTTP status and JSON body. */
    public record Response(int status, byte[] body) {
    }

    /**
     * Answers one request on {@link PeerPaths}, whatever HTTP server carries it.
     *
     * @param query the query parameters (only {@code limit} is read)
     * @param secretHeader the {@value PeerPaths#SECRET_HEADER} header as sent, or null
     * @return 403 without the shared secret, 404 for an unknown path or article, 400 for an unreadable body, 503
     *     while the stores are not open
     */
    public Response handle(String method, String path, Map<String, String> query, byte[] body, String secretHeader) {
        if (!allows(secretHeader)) {
            return error(403, "peer secret missing or wrong");
        }
        try {
            if ("POST".equals(method) && PeerPaths.STATS.equals(path)) {
                return ok(local.stats(Json.mapper().readValue(body, SearchRequest.class)));
            }
            if ("POST".equals(method) && PeerPaths.SEARCH.equals(path)) {
                return ok(local.search(Json.mapper().readValue(body, PeerSearch.class)));
            }
            if ("GET".equals(method) && path.startsWith(PeerPaths.ARTICLE)) {
                return found(local.article(id(path, PeerPaths.ARTICLE)));
            }
            if ("GET".equals(method) && path.startsWith(PeerPaths.STORY)) {
                return found(local.story(id(path, PeerPaths.STORY)));
            }
            if ("GET".equals(method) && PeerPaths.STORIES.equals(path)) {
                return ok(local.stories(limit(query)));
            }
            if ("GET".equals(method) && PeerPaths.TRENDS.equals(path)) {
                return ok(local.trends(limit(query)));
            }
            return error(404, "no peer route " + method + " " + path);
        } catch (IOException | IllegalArgumentException e) {
            return error(400, "unreadable peer request: " + e.getMessage());
        } catch (IllegalStateException e) {
            return error(503, e.getMessage());
        }
    }

    private static String id(String path, String prefix) {
        return URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    private static int limit(Map<String, String> query) {
        String v = query == null ? null : query.get("limit");
        int n = v == null || v.isBlank() ? 50 : Integer.parseInt(v.strip());
        if (n < 1 || n > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000 but was " + n);
        }
        return n;
    }

    private static Response found(Optional<?> value) throws IOException {
        return value.isPresent() ? ok(value.get()) : error(404, "not held here");
    }

    private static Response ok(Object value) throws IOException {
        return new Response(200, Json.mapper().writeValueAsBytes(value));
    }

    private static Response error(int status, String message) {
        try {
            return new Response(status, Json.mapper().writeValueAsBytes(Map.of("error", String.valueOf(message))));
        } catch (IOException e) {
            return new Response(status, new byte[0]);
        }
    }
}
