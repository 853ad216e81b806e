package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading search parameters from the HTTP query. */
class SearchRequestTest {

    @Test
    void readsFiltersPeriodOrderAndPage() {
        SearchRequest r = SearchRequest.fromParams(Map.of("q", " sạt lở ", "source", "baolaocai, vnexpress",
                "tier", "unlicensed-site", "from", "01/11/2026", "to", "2026-11-20", "sort", "time", "page", "3",
                "size", "10"));

        assertThat(r.query()).isEqualTo("sạt lở");
        assertThat(r.sources()).containsExactly("baolaocai", "vnexpress", "baolaocai, vnexpress");
        assertThat(r.from()).isEqualTo(Instant.parse("2026-10-31T17:00:00Z"));
        assertThat(r.until()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
        assertThat(r.order()).isEqualTo(SearchRequest.Order.TIME);
        assertThat(r.offset()).isEqualTo(20);
        assertThat(r.limit()).isEqualTo(10);
    }

    @Test
    void acceptsIsoTimeWithOffset() {
        assertThat(SearchRequest.fromParams(Map.of("from", "2026-11-20T08:00:00+07:00")).from())
                .isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
    }

    @Test
    void rejectsBadValuesNamingTheParameter() {
        for (Map<String, String> params : List.of(Map.of("sort", "hot"), Map.of("page", "0"),
                Map.of("size", "nhiều"), Map.of("tier", "blog"), Map.of("sentiment", "angry"),
                Map.of("from", "31/02/2026x"), Map.of("from", "20/11/2026", "to", "01/11/2026"))) {
            String name = params.containsKey("to") ? "to" : params.keySet().iterator().next();
            assertThatThrownBy(() -> SearchRequest.fromParams(params))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + name + "'");
        }
    }
}
