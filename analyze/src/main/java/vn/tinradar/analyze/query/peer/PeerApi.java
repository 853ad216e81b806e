package vn.tinradar.analyze.query.peer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.query.forecast.ForecastQuery;
import vn.tinradar.analyze.query.forecast.KeyForecast;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;

/**
 * What this instance answers another one on {@link PeerPaths}: its local stores only, never a further fan-out.
 * Every request must be signed with the secret all instances share ({@link PeerSignature}).
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

        /** Whether the partitions this instance processes are watched for trend bursts. */
        default List<PartitionWatch> trendWatch() {
            return List.of();
        }

        /** The forecast made from this instance's own trend counts, empty when it keeps none. */
        default Optional<KeyForecast> forecast(ForecastQuery query) {
            return Optional.empty();
        }
    }

    /** The largest body a peer sends (a search with its statistics); a larger one is refused unread. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** The most hits a peer may ask for: the deepest page a search allows, or the largest export. */
    public static final int MAX_TOP_N = 10_000 + SearchRequest.MAX_LIMIT;

    private final PeerSignature signature;
    private final Local local;

    public PeerApi(PeerSignature signature, Local local) {
        this.signature = signature;
        this.local = local;
    }

    public Local local() {
        return local;
    }

    /** How the body of a request is read, once its headers have passed. */
    public interface Body {
        byte[] read() throws IOException;
    }

    /**
     * One request as the HTTP server received it.
     *
     * @param rawQuery the query string as sent (percent-encoded), or null
     * @param query the decoded query parameters ({@code limit}; {@code kind}, {@code key}, {@code days} of a forecast)
     * @param contentLength the declared body length, -1 when unknown
     */
    public record Request(String method, String path, String rawQuery, Map<String, String> query, String time,
                          String signature, long contentLength, Body body) {

        String pathAndQuery() {
            return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
        }
    }

    /** An answer to a peer: HTTP status and JSON body. */
    public record Response(int status, byte[] body) {
    }

    /**
     * Answers one request on {@link PeerPaths}, whatever HTTP server carries it. The signature's headers are checked
     * before the body is read, the body's size before it is read, and every limit before any work.
     *
     * @return 403 without a valid, fresh signature; 413 for a body over {@value #MAX_BODY_BYTES} bytes; 404 for an
     *     unknown path or article; 400 for an unreadable body or a limit out of range; 503 while the stores are not
     *     open
     */
    public Response handle(Request request) {
        Optional<String> problem = signature.precheck(request.time(), request.signature());
        if (problem.isPresent()) {
            return error(403, problem.get());
        }
        if (request.contentLength() > MAX_BODY_BYTES) {
            return error(413, "peer request body of " + request.contentLength() + " bytes is over the limit of "
                    + MAX_BODY_BYTES);
        }
        String method = request.method();
        String path = request.path();
        try {
            byte[] body = request.body().read();
            if (body.length > MAX_BODY_BYTES) {
                return error(413, "peer request body is over the limit of " + MAX_BODY_BYTES + " bytes");
            }
            problem = signature.check(method, request.pathAndQuery(), request.time(), request.signature(), body);
            if (problem.isPresent()) {
                return error(403, problem.get());
            }
            if ("POST".equals(method) && PeerPaths.STATS.equals(path)) {
                return ok(local.stats(Json.mapper().readValue(body, SearchRequest.class)));
            }
            if ("POST".equals(method) && PeerPaths.SEARCH.equals(path)) {
                PeerSearch search = Json.mapper().readValue(body, PeerSearch.class);
                if (search.topN() < 1 || search.topN() > MAX_TOP_N) {
                    return error(400, "topN must be 1.." + MAX_TOP_N + " but was " + search.topN());
                }
                return ok(local.search(search));
            }
            if ("GET".equals(method) && path.startsWith(PeerPaths.ARTICLE)) {
                return found(local.article(id(path, PeerPaths.ARTICLE)));
            }
            if ("GET".equals(method) && path.startsWith(PeerPaths.STORY)) {
                return found(local.story(id(path, PeerPaths.STORY)));
            }
            if ("GET".equals(method) && PeerPaths.STORIES.equals(path)) {
                return ok(local.stories(limit(request.query())));
            }
            if ("GET".equals(method) && PeerPaths.TRENDS.equals(path)) {
                return ok(local.trends(limit(request.query())));
            }
            if ("GET".equals(method) && PeerPaths.TRENDS_WATCH.equals(path)) {
                return ok(local.trendWatch());
            }
            if ("GET".equals(method) && PeerPaths.FORECAST.equals(path)) {
                return found(local.forecast(forecastQuery(request.query())));
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

    private static ForecastQuery forecastQuery(Map<String, String> query) {
        Map<String, String> q = query == null ? Map.of() : query;
        String days = q.get("days");
        try {
            return new ForecastQuery(q.get("kind"), q.get("key"), Integer.parseInt(String.valueOf(days).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days must be a whole number 1..3 but was '" + days + "'");
        }
    }

    private static int limit(Map<String, String> query) {
        String v = query == null ? null : query.get("limit");
        int n;
        try {
            n = v == null || v.isBlank() ? 50 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number 1..1000 but was '" + v + "'");
        }
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
