package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

/** Search over two real on-disk Lucene shards, as staff type queries. */
class SearchServiceTest {

    static final Article LANDSLIDE = article("https://baolaocai.vn/sat-lo-bao-yen.html", "baolaocai",
            SourceTier.PROVINCIAL_PRESS, "Sạt lở đất vùi lấp 3 nhà dân ở xã Bảo Yên",
            "Mưa lớn kéo dài gây sạt lở đất nghiêm trọng tại thôn Khe Mạ, xã Bảo Yên. Chính quyền đã di dời "
                    + "12 hộ dân đến nơi an toàn, thiệt hại ước tính 2 tỷ đồng.",
            at("2026-11-20T07:30:00"));
    static final Article FORGE = article("https://laocai.gov.vn/lang-ren-bat-xat", "laocai-gov",
            SourceTier.GOVERNMENT_PORTAL, "Làng nghề rèn truyền thống ở Bát Xát",
            "Những người thợ rèn sắt lò than thủ công ở xã Bát Xát vẫn giữ nghề cha ông, mỗi năm làm ra hàng nghìn "
                    + "con dao, lưỡi cuốc cho bà con vùng cao.",
            at("2026-11-18T09:00:00"));
    static final Article FORUM = article("https://facebook.com/groups/baoyen/posts/77", "fb-baoyen",
            SourceTier.FORUM_SOCIAL, "Canh bao sat lo o Bao Yen",
            "Doan duong vao thon Khe Ma bi sat lo, mong moi nguoi di lai can than, rat nguy hiem.",
            at("2026-11-21T20:15:00"));
    static final Article SCHOOL = article("https://laocai.gov.vn/khai-giang-sa-pa", "laocai-gov",
            SourceTier.GOVERNMENT_PORTAL, "Phường Sa Pa khai giảng lớp học tình thương",
            "Học sinh phường Sa Pa được tặng sách vở, đồ dùng học tập <b>trước</b> năm học mới.",
            at("2026-11-02T08:00:00"));
    static final Article FLOOD = article("https://vnexpress.net/lu-quet-bat-xat", "vnexpress",
            SourceTier.NATIONAL_PRESS, "Lũ quét cuốn trôi cầu tạm ở Bát Xát",
            "Trận lũ quét đêm qua cuốn trôi cây cầu tạm bắc qua suối, hàng trăm hộ dân bị cô lập.",
            at("2026-11-19T05:00:00"));

    @TempDir
    Path dir;
    List<ArticleIndex> shards;
    SearchService search;

    @BeforeEach
    void index() {
        KeywordTestScorer scorer = new KeywordTestScorer();
        shards = List.of(ArticleIndex.open(dir.resolve("0_0"), 16), ArticleIndex.open(dir.resolve("0_1"), 16));
        List<Article> all = List.of(LANDSLIDE, FORGE, FORUM, SCHOOL, FLOOD);
        for (int i = 0; i < all.size(); i++) {
            shards.get(i % 2).upsert(scorer.score(all.get(i)), i / 2);
        }
        shards.forEach(ArticleIndex::commit);
        search = new SearchService(() -> shards);
    }

    @AfterEach
    void close() {
        shards.forEach(ArticleIndex::close);
    }

    @Test
    void queryWithoutDiacriticsFindsAccentedTextAndMarksIt() {
        SearchResult r = search.search(SearchRequest.of("sat lo"));

        assertThat(ids(r)).contains(LANDSLIDE.id(), FORUM.id());
        SearchResult.Hit landslide = hit(r, LANDSLIDE.id());
        assertThat(landslide.snippet()).contains("<mark>sạt</mark> <mark>lở</mark>");
    }

    @Test
    void queryWithDiacriticsRanksExactDiacriticMatchesFirst() {
        SearchResult r = search.search(SearchRequest.of("sạt lở"));

        assertThat(ids(r).get(0)).isEqualTo(LANDSLIDE.id());
        assertThat(ids(r)).contains(FORGE.id()); // "sắt lò" folds the same, so it matches, but below
        assertThat(ids(r).indexOf(FORGE.id())).isGreaterThan(0);
    }

    @Test
    void dStrokeMatchesPlainD() {
        assertThat(ids(search.search(SearchRequest.of("dat vui lap")))).containsExactly(LANDSLIDE.id());
    }

    @Test
    void quotedPhraseMustMatchInOrder() {
        assertThat(ids(search.search(SearchRequest.of("\"lở sạt\"")))).isEmpty();
        assertThat(ids(search.search(SearchRequest.of("\"cầu tạm\"")))).containsExactly(FLOOD.id());
    }

    @Test
    void minusExcludesAWord() {
        assertThat(ids(search.search(SearchRequest.of("sat lo -ren")))).doesNotContain(FORGE.id())
                .contains(LANDSLIDE.id());
    }

    @Test
    void orFindsEitherAlternative() {
        assertThat(ids(search.search(SearchRequest.of("lũ quét OR khai giảng"))))
                .containsExactlyInAnyOrder(FLOOD.id(), SCHOOL.id());
    }

    @Test
    void fieldFiltersTypedInTheQueryNarrowHits() {
        assertThat(ids(search.search(SearchRequest.of("sat lo tier:forum-social")))).containsExactly(FORUM.id());
        assertThat(ids(search.search(SearchRequest.of("place:\"Bát Xát\"")))).containsExactlyInAnyOrder(FORGE.id(),
                FLOOD.id());
        assertThat(ids(search.search(SearchRequest.of("sentiment:negative source:baolaocai"))))
                .containsExactly(LANDSLIDE.id());
        assertThat(ids(search.search(SearchRequest.of("topic:giao-duc")))).containsExactly(SCHOOL.id());
    }

    @Test
    void dateRangeKeepsWholeDaysInVietnamTime() {
        SearchResult r = search.search(SearchRequest.fromParams(Map.of("from", "19/11/2026", "to", "20/11/2026")));

        assertThat(ids(r)).containsExactlyInAnyOrder(FLOOD.id(), LANDSLIDE.id());
    }

    @Test
    void facetsCountAllMatchesAcrossShards() {
        SearchResult r = search.search(SearchRequest.fromParams(Map.of("q", "", "size", "1")));

        assertThat(r.total()).isEqualTo(5);
        assertThat(r.hits()).hasSize(1);
        assertThat(r.facets().get("source")).first()
                .isEqualTo(new SearchResult.FacetValue("Cổng TTĐT tỉnh Lào Cai", 2));
        assertThat(r.facets().get("tier")).extracting(SearchResult.FacetValue::value)
                .contains("provincial-press", "forum-social");
        assertThat(r.facets().get("day").get(0)).isEqualTo(new SearchResult.FacetValue("21/11/2026", 1));
        assertThat(r.facets()).containsKeys("topic", "place", "sentiment");
    }

    @Test
    void sortByTimePutsNewestFirst() {
        SearchResult r = search.search(SearchRequest.fromParams(Map.of("q", "", "sort", "time")));

        assertThat(ids(r)).containsExactly(FORUM.id(), LANDSLIDE.id(), FLOOD.id(), FORGE.id(), SCHOOL.id());
    }

    @Test
    void snippetEscapesMarkupFromTheArticle() {
        SearchResult.Hit hit = search.search(SearchRequest.of("sach vo")).hits().get(0);

        assertThat(hit.snippet()).contains("<mark>sách</mark> <mark>vở</mark>").contains("&lt;b&gt;trước&lt;").doesNotContain("<b>");
    }

    @Test
    void pagesThroughHitsWithOffsetAndLimit() {
        SearchResult second = search.search(SearchRequest.fromParams(Map.of("sort", "time", "page", "2", "size", "2")));

        assertThat(ids(second)).containsExactly(FLOOD.id(), FORGE.id());
    }

    @Test
    void badDateTypedInQueryNamesIt() {
        assertThatThrownBy(() -> search.search(SearchRequest.of("sat lo from:32/13/2026")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static SearchResult.Hit hit(SearchResult r, String id) {
        return r.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    /** Issue 13: 1,100 source alternatives gave a 500 (Lucene's TooManyClauses); now a 400 naming the parameter. */
    @Test
    void searchNamingMoreThanTwoHundredSourcesIsRefusedNamingTheParameter() {
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            sources.append(i == 0 ? "" : ",").append("bao-").append(i);
        }
        SearchRequest request = SearchRequest.fromParams(Map.of("q", "sạt lở", "source", sources.toString()));

        assertThatThrownBy(() -> search.search(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 'source' may name at most 200 alternatives");
    }

    @Test
    void searchWithTwoHundredSourcesStillRuns() {
        StringBuilder sources = new StringBuilder("baolaocai");
        for (int i = 1; i < 199; i++) {
            sources.append(",bao-").append(i);
        }
        SearchRequest request = SearchRequest.fromParams(Map.of("q", "sạt lở", "source", sources.toString()));

        assertThat(ids(search.search(request))).containsExactly(LANDSLIDE.id());
    }
}
