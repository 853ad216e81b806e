package vn.tinradar.analyze.query.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.state.HostInfo;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.query.forecast.ForecastQuery;
import vn.tinradar.analyze.query.forecast.KeyForecast;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.ShardGroup;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;

/**
 * Asks another analyze instance, over HTTP with requests signed by the shared secret, for what its local stores hold: search
 * statistics and hits of its shards, an article, its stories and trends, the forecast of a trend key. Each call times
 * out after the configured peer timeout; a failure completes the future exceptionally and is counted.
 */
public final class PeerClient {

    private final HttpClient http;
    private final PeerSignature signature;
    private final Duration timeout;
    private final AnalyzeMetrics metrics;

    public PeerClient(PeerSignature signature, Duration timeout, AnalyzeMetrics metrics) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.signature = signature;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    /** The index shards of the instance at {@code host}, as one group a search fans out to. */
    public ShardGroup shardGroup(HostInfo host) {
        return new ShardGroup() {
            @Override
            public String name() {
                return host.host() + ":" + host.port();
            }

            @Override
            public CompletableFuture<SearchStats> stats(SearchRequest request) {
                return PeerClient.this.stats(host, request);
            }

            @Override
            public CompletableFuture<ShardResult> search(SearchRequest request, SearchStats stats, int topN) {
                return PeerClient.this.search(host, new PeerSearch(request, stats, topN));
            }
        };
    }

    public CompletableFuture<SearchStats> stats(HostInfo host, SearchRequest request) {
        return post("stats", host, PeerPaths.STATS, request, SearchStats.class);
    }

    public CompletableFuture<ShardResult> search(HostInfo host, PeerSearch search) {
        return post("search", host, PeerPaths.SEARCH, search, ShardResult.class);
    }

    /** The article, empty when the instance does not hold it (404). */
    public CompletableFuture<Optional<ScoredArticle>> article(HostInfo host, String id) {
        return get("article", host, PeerPaths.ARTICLE + encode(id)).thenApply(r -> r.statusCode() == 404
                ? Optional.<ScoredArticle>empty() : Optional.of(read(r, type(ScoredArticle.class))));
    }

    public CompletableFuture<Optional<Story>> story(HostInfo host, String id) {
        return get("story", host, PeerPaths.STORY + encode(id)).thenApply(r -> r.statusCode() == 404
                ? Optional.<Story>empty() : Optional.of(read(r, type(Story.class))));
    }

    public CompletableFuture<List<Story>> stories(HostInfo host, int limit) {
        return get("stories", host, PeerPaths.STORIES + "?limit=" + limit)
                .thenApply(r -> read(r, Json.mapper().getTypeFactory().constructCollectionType(List.class, Story.class)));
    }

    public CompletableFuture<List<Trend>> trends(HostInfo host, int limit) {
        return get("trends", host, PeerPaths.TRENDS + "?limit=" + limit)
                .thenApply(r -> read(r, Json.mapper().getTypeFactory().constructCollectionType(List.class, Trend.class)));
    }

    /** Whether the partitions the instance processes are watched for trend bursts. */
    public CompletableFuture<List<PartitionWatch>> trendWatch(HostInfo host) {
        return get("trend-watch", host, PeerPaths.TRENDS_WATCH).thenApply(r -> read(r,
                Json.mapper().getTypeFactory().constructCollectionType(List.class, PartitionWatch.class)));
    }

    /** The forecast the instance makes from its own trend counts, empty when it keeps none (404). */
    public CompletableFuture<Optional<KeyForecast>> forecast(HostInfo host, ForecastQuery q) {
        String path = PeerPaths.FORECAST + "?kind=" + encode(q.kind()) + "&key=" + encode(q.key()) + "&days=" + q.days();
        return get("forecast", host, path).thenApply(r -> r.statusCode() == 404
                ? Optional.<KeyForecast>empty() : Optional.of(read(r, type(KeyForecast.class))));
    }

    private <T> CompletableFuture<T> post(String call, HostInfo host, String path, Object body, Class<T> type) {
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        HttpRequest request = request(host, path, "POST", json).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        return send(call, request).thenApply(r -> read(r, type(type)));
    }

    private CompletableFuture<HttpResponse<byte[]>> get(String call, HostInfo host, String path) {
        return send(call, request(host, path, "GET", new byte[0]).GET().build());
    }

    private CompletableFuture<HttpResponse<byte[]>> send(String call, HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) ->
                metrics.peerRequest(call, e == null && (r.statusCode() == 200 || r.statusCode() == 404)));
    }

    /** @param path the path with its query, percent-encoded as it goes on the wire (and as it is signed) */
    private HttpRequest.Builder request(HostInfo host, String path, String method, byte[] body) {
        String time = signature.now();
        return HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + path))
                .timeout(timeout).header("Accept", "application/json")
                .header(PeerSignature.TIME_HEADER, time)
                .header(PeerSignature.SIGNATURE_HEADER, signature.sign(method, path, time, body));
    }

    private static <T> T read(HttpResponse<byte[]> response, JavaType type) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable answer from " + response.uri(), e);
        }
    }

    private static JavaType type(Class<?> c) {
        return Json.mapper().constructType(c);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
