package vn.tinradar.analyze.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.index.SearchStats;
import vn.tinradar.analyze.index.ShardResult;
import vn.tinradar.analyze.search.SearchRequest;
import vn.tinradar.common.kafka.Json;

/** The peer routes answer only a caller with the shared secret, and say what went wrong otherwise. */
class PeerApiTest {

    private static final PeerApi.Local EMPTY = new PeerApi.Local() {
        @Override
        public SearchStats stats(SearchRequest request) {
            return SearchStats.EMPTY;
        }

        @Override
        public ShardResult search(PeerSearch search) {
            return new ShardResult(0, List.of(), Map.of());
        }

    };
    private final PeerApi api = new PeerApi("mật khẩu chung", EMPTY);
    private final String token = PeerApi.token("mật khẩu chung");

    @Test
    void refusesACallerWithoutTheSecret() {
        assertThat(api.handle("GET", PeerPaths.TRENDS, Map.of(), new byte[0], null).status()).isEqualTo(403);
        assertThat(api.handle("GET", PeerPaths.TRENDS, Map.of(), new byte[0], "mật khẩu chung").status())
                .isEqualTo(403);
    }

    @Test
    void refusesEveryoneWhenNoSecretIsSet() {
        assertThat(new PeerApi(null, EMPTY).handle("GET", PeerPaths.TRENDS, Map.of(), new byte[0],
                PeerApi.token("")).status()).isEqualTo(403);
    }

    @Test
    void answersStatisticsOfASearchSentAsJson() throws Exception {
        byte[] body = Json.mapper().writeValueAsBytes(SearchRequest.of("sạt lở"));

        PeerApi.Response r = api.handle("POST", PeerPaths.STATS, Map.of(), body, token);

        assertThat(r.status()).isEqualTo(200);
        assertThat(Json.mapper().readValue(r.body(), SearchStats.class)).isEqualTo(SearchStats.EMPTY);
    }

    @Test
    void articleNotHeldHereIs404() {
        assertThat(api.handle("GET", PeerPaths.ARTICLE + "abc", Map.of(), new byte[0], token).status())
                .isEqualTo(404);
    }

    @Test
    void unreadableBodyIs400NamingTheProblem() {
        PeerApi.Response r = api.handle("POST", PeerPaths.SEARCH, Map.of(), "{".getBytes(StandardCharsets.UTF_8),
                token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("unreadable peer request");
    }
}
