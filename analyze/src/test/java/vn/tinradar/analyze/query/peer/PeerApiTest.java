package vn.tinradar.analyze.query.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.analyze.query.forecast.ForecastQuery;
import vn.tinradar.analyze.query.forecast.KeyForecast;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.common.kafka.Json;

/**
 * The peer routes answer only a request signed with the shared secret, fresh and seen once, and check its size and
 * limits before any work (issue 13: a fixed token replayed forever, and {@code topN=200000000} stalled a process).
 */
class PeerApiTest {

    private static final String SECRET = "mật khẩu chung";
    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private final AtomicInteger searches = new AtomicInteger();
    private final PeerApi.Local local = new PeerApi.Local() {
        @Override
        public SearchStats stats(SearchRequest request) {
            return SearchStats.EMPTY;
        }

        @Override
        public ShardResult search(PeerSearch search) {
            searches.incrementAndGet();
            return new ShardResult(0, List.of(), Map.of());
        }
    };
    private final PeerSignature signature = new PeerSignature(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final PeerApi api = new PeerApi(signature, local);

    private PeerApi.Request signed(String method, String path, byte[] body) {
        String time = signature.now();
        return new PeerApi.Request(method, path, null, Map.of(), time, signature.sign(method, path, time, body),
                body.length, () -> body);
    }

    private PeerApi.Request signedGet(String path, String rawQuery, Map<String, String> query) {
        String time = signature.now();
        return new PeerApi.Request("GET", path, rawQuery, query, time,
                signature.sign("GET", path + "?" + rawQuery, time, new byte[0]), 0, () -> new byte[0]);
    }

    private static byte[] json(Object value) throws Exception {
        return Json.mapper().writeValueAsBytes(value);
    }

    @Test
    void answersStatisticsOfASignedSearch() throws Exception {
        PeerApi.Response r = api.handle(signed("POST", PeerPaths.STATS, json(SearchRequest.of("sạt lở"))));

        assertThat(r.status()).isEqualTo(200);
        assertThat(Json.mapper().readValue(r.body(), SearchStats.class)).isEqualTo(SearchStats.EMPTY);
    }

    @Test
    void refusesARequestWithoutSignature() {
        PeerApi.Response r = api.handle(new PeerApi.Request("GET", PeerPaths.TRENDS, null, Map.of(), null, null, 0,
                () -> new byte[0]));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void refusesARequestSignedWithAnotherSecret() {
        PeerSignature other = new PeerSignature("bí mật khác", Clock.fixed(NOW, ZoneOffset.UTC));
        String time = other.now();
        PeerApi.Response r = api.handle(new PeerApi.Request("GET", PeerPaths.TRENDS, null, Map.of(), time,
                other.sign("GET", PeerPaths.TRENDS, time, new byte[0]), 0, () -> new byte[0]));

        assertThat(r.status()).isEqualTo(403);
        assertThat(text(r)).contains("signature wrong");
    }

    @Test
    void refusesTheSameSignedRequestSentTwice() {
        PeerApi.Request once = signed("GET", PeerPaths.TRENDS, new byte[0]);

        assertThat(api.handle(once).status()).isEqualTo(200);
        PeerApi.Response replay = api.handle(once);
        assertThat(replay.status()).isEqualTo(403);
        assertThat(text(replay)).contains("replayed");
    }

    @Test
    void refusesARequestSignedMoreThanThirtySecondsAgo() {
        PeerSignature past = new PeerSignature(SECRET, Clock.fixed(NOW.minus(Duration.ofSeconds(31)), ZoneOffset.UTC));
        String time = past.now();
        PeerApi.Response r = api.handle(new PeerApi.Request("GET", PeerPaths.TRENDS, null, Map.of(), time,
                past.sign("GET", PeerPaths.TRENDS, time, new byte[0]), 0, () -> new byte[0]));

        assertThat(r.status()).isEqualTo(403);
        assertThat(text(r)).contains("31 s away");
    }

    @Test
    void refusesABodyChangedAfterSigning() throws Exception {
        byte[] body = json(new PeerSearch(SearchRequest.of("sạt lở"), SearchStats.EMPTY, 20));
        String time = signature.now();
        String sig = signature.sign("POST", PeerPaths.SEARCH, time, body);
        byte[] altered = json(new PeerSearch(SearchRequest.of("sạt lở"), SearchStats.EMPTY, 9_000));

        PeerApi.Response r = api.handle(new PeerApi.Request("POST", PeerPaths.SEARCH, null, Map.of(), time, sig,
                altered.length, () -> altered));

        assertThat(r.status()).isEqualTo(403);
        assertThat(searches).hasValue(0);
    }

    @Test
    void refusesAHugeTopNBeforeSearching() throws Exception {
        byte[] body = json(new PeerSearch(SearchRequest.of("sạt lở"), SearchStats.EMPTY, 200_000_000));

        PeerApi.Response r = api.handle(signed("POST", PeerPaths.SEARCH, body));

        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r)).contains("topN must be 1..10100 but was 200000000");
        assertThat(searches).hasValue(0);
    }

    @Test
    void refusesABodyOverTheLimitWithoutReadingIt() {
        String time = signature.now();
        PeerApi.Response r = api.handle(new PeerApi.Request("POST", PeerPaths.SEARCH, null, Map.of(), time,
                signature.sign("POST", PeerPaths.SEARCH, time, new byte[0]), 50L << 20, () -> {
                    throw new AssertionError("the body must not be read");
                }));

        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void refusesEveryoneWhenNoSecretIsSet() {
        PeerApi open = new PeerApi(new PeerSignature(null, Clock.systemUTC()), local);

        assertThat(open.handle(new PeerApi.Request("GET", PeerPaths.TRENDS, null, Map.of(), "0", "00", 0,
                () -> new byte[0])).status()).isEqualTo(403);
    }

    @Test
    void articleNotHeldHereIs404() {
        assertThat(api.handle(signed("GET", PeerPaths.ARTICLE + "abc", new byte[0])).status()).isEqualTo(404);
    }

    @Test
    void unreadableBodyIs400NamingTheProblem() {
        PeerApi.Response r = api.handle(signed("POST", PeerPaths.SEARCH, "{".getBytes(StandardCharsets.UTF_8)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r)).contains("unreadable peer request");
    }

    @Test
    void answersAForecastFromTheLocalCountsOfTheKeyAsked() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 20);
        PeerApi withCounts = new PeerApi(signature, new PeerApi.Local() {
            @Override
            public SearchStats stats(SearchRequest request) {
                return SearchStats.EMPTY;
            }

            @Override
            public ShardResult search(PeerSearch search) {
                return new ShardResult(0, List.of(), Map.of());
            }

            @Override
            public Optional<KeyForecast> forecast(ForecastQuery q) {
                return Optional.of(new KeyForecast(q.kind(), q.key(), q.days(), today, today, 21, 54, true, 2.6, 1L,
                        5L, 0.8, "trung bình theo thứ trong tuần", null));
            }
        });

        PeerApi.Response r = withCounts.handle(signedGet(PeerPaths.FORECAST, "kind=place&key=xa-bao-yen&days=1",
                Map.of("kind", "place", "key", "xa-bao-yen", "days", "1")));

        assertThat(r.status()).isEqualTo(200);
        KeyForecast f = Json.mapper().readValue(r.body(), KeyForecast.class);
        assertThat(f.key()).isEqualTo("xa-bao-yen");
        assertThat(f.historyArticles()).isEqualTo(54);
        assertThat(f.unansweredBy()).isNull();
    }

    @Test
    void aForecastWhoseDaysIsNotANumberIs400NamingDays() {
        PeerApi.Response r = api.handle(signedGet(PeerPaths.FORECAST, "kind=place&key=xa-bao-yen&days=ba",
                Map.of("kind", "place", "key", "xa-bao-yen", "days", "ba")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r)).contains("days must be a whole number 1..3 but was 'ba'");
    }

    private static String text(PeerApi.Response r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
