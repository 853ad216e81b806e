package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;

/**
 * Search over the shards of two instances gives the same hits, order and scores as one index holding everything,
 * although the instances' shards hold very different shares of the words (global statistics, two phases).
 * Over real HTTP between two analyze services: {@code AnalyzeServiceIT}.
 */
class ShardedSearchTest {

    private static final String[] PLACES = {"Bảo Yên", "Bát Xát", "Văn Bàn", "Sa Pa"};

    @TempDir
    Path dir;
    final List<ArticleIndex> local = new ArrayList<>();
    final List<ArticleIndex> remote = new ArrayList<>();
    ArticleIndex whole;
    SearchService reference;
    SearchService remoteInstance;

    @BeforeEach
    void index() {
        KeywordTestScorer scorer = new KeywordTestScorer();
        for (int i = 0; i < 2; i++) {
            local.add(ArticleIndex.open(dir.resolve("a-" + i), 16));
            remote.add(ArticleIndex.open(dir.resolve("b-" + i), 16));
        }
        whole = ArticleIndex.open(dir.resolve("whole"), 16);
        List<Article> articles = corpus();
        for (int i = 0; i < articles.size(); i++) {
            ScoredArticle s = scorer.score(articles.get(i));
            // landslide reports pile up on the first instance; the second holds mostly other news
            boolean landslide = articles.get(i).title().startsWith("Sạt lở");
            List<ArticleIndex> side = landslide && i % 5 != 0 ? local : remote;
            side.get(i % 2).upsert(s, i);
            whole.upsert(s, i);
        }
        local.forEach(ArticleIndex::commit);
        remote.forEach(ArticleIndex::commit);
        whole.commit();
        reference = new SearchService(() -> List.of(whole));
        remoteInstance = new SearchService(() -> remote);
    }

    @AfterEach
    void close() {
        local.forEach(ArticleIndex::close);
        remote.forEach(ArticleIndex::close);
        whole.close();
    }

    @Test
    void relevanceOrderAndScoresMatchOneIndexHoldingEverything() {
        SearchRequest request = SearchRequest.of("sạt lở Bảo Yên").withPage(0, 40);

        SearchResult merged = withPeer(inProcess(remoteInstance)).search(request);
        SearchResult single = reference.search(request);

        assertThat(merged.total()).isEqualTo(single.total());
        assertThat(ids(merged)).containsExactlyElementsOf(ids(single));
        for (int i = 0; i < merged.hits().size(); i++) {
            assertThat(merged.hits().get(i).score()).isEqualTo(single.hits().get(i).score());
        }
    }

    @Test
    void withoutGlobalStatisticsTheShardsWouldRankDifferently() {
        // the control: the same shards searched one by one with their own statistics disagree with one index
        SearchRequest request = SearchRequest.of("sạt lở Bảo Yên").withPage(0, 40);
        List<ShardResult.Hit> ownStats = new ArrayList<>();
        for (ArticleIndex shard : List.of(local.get(0), local.get(1), remote.get(0), remote.get(1))) {
            ownStats.addAll(shard.search(new LuceneQueries().query(request, StaffQuery.parse(request.query())),
                    new org.apache.lucene.search.Sort(org.apache.lucene.search.SortField.FIELD_SCORE), 40).hits());
        }
        SearchResult single = reference.search(request);
        List<Float> singleScores = single.hits().stream().map(SearchResult.Hit::score).sorted().toList();
        List<Float> shardScores = ownStats.stream().map(ShardResult.Hit::score).sorted().toList();

        assertThat(shardScores).isNotEqualTo(singleScores);
    }

    @Test
    void timeOrderAcrossInstancesIsNewestFirstWithTheSamePages() {
        SearchRequest page2 = SearchRequest.fromParams(java.util.Map.of("q", "xã", "sort", "time", "page", "2",
                "size", "5"));

        SearchResult merged = withPeer(inProcess(remoteInstance)).search(page2);
        SearchResult single = reference.search(page2);

        assertThat(ids(merged)).containsExactlyElementsOf(ids(single));
        List<Long> times = merged.hits().stream().map(h -> h.published().toInstant().toEpochMilli()).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void totalsAndFacetsAreSummedOverInstances() {
        SearchRequest all = SearchRequest.of("");

        SearchResult merged = withPeer(inProcess(remoteInstance)).search(all);

        assertThat(merged.total()).isEqualTo(reference.search(all).total()).isEqualTo(corpus().size());
        assertThat(merged.facets()).isEqualTo(reference.search(all).facets());
        assertThat(merged.unreachable()).isEmpty();
    }

    @Test
    void instanceThatDoesNotAnswerIsNamedAndTheRestIsReturned() {
        ShardGroup silent = new ShardGroup() {
            @Override
            public String name() {
                return "analyze-2:8080";
            }

            @Override
            public CompletableFuture<SearchStats> stats(SearchRequest request) {
                return new CompletableFuture<>(); // never answers
            }

            @Override
            public CompletableFuture<ShardResult> search(SearchRequest request, SearchStats stats, int topN) {
                return new CompletableFuture<>();
            }
        };

        SearchResult partial = new SearchService(() -> local, () -> List.of(silent), Duration.ofMillis(200))
                .search(SearchRequest.of("sat lo"));

        assertThat(partial.unreachable()).containsExactly("analyze-2:8080");
        assertThat(partial.total()).isPositive();
    }

    private SearchService withPeer(ShardGroup peer) {
        return new SearchService(() -> local, () -> List.of(peer), Duration.ofSeconds(5));
    }

    /** The other instance answered in process: the same two calls the HTTP client makes. */
    private static ShardGroup inProcess(SearchService other) {
        return new ShardGroup() {
            @Override
            public String name() {
                return "analyze-2:8080";
            }

            @Override
            public CompletableFuture<SearchStats> stats(SearchRequest request) {
                return CompletableFuture.completedFuture(other.localStats(request));
            }

            @Override
            public CompletableFuture<ShardResult> search(SearchRequest request, SearchStats stats, int topN) {
                return CompletableFuture.completedFuture(other.localResult(request, stats, topN));
            }
        };
    }

    private static List<Article> corpus() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String place = PLACES[i % PLACES.length];
            String day = String.format("2026-11-%02dT%02d:%02d:00", 1 + i % 20, 6 + i % 12, (i * 7) % 60);
            if (i % 3 == 0) {
                out.add(article("https://baolaocai.vn/sat-lo-" + i, "baolaocai", SourceTier.PROVINCIAL_PRESS,
                        "Sạt lở đất ở xã " + place + ", " + (i + 2) + " hộ phải sơ tán",
                        "Mưa lớn gây sạt lở " + "đất ".repeat(1 + i % 4) + "tại thôn " + i + ", xã " + place
                                + ". Chính quyền đã di dời các hộ dân, thiệt hại " + (i + 1) + " tỷ đồng.", at(day)));
            } else {
                out.add(article("https://laocai.gov.vn/tin-" + i, "laocai-gov", SourceTier.GOVERNMENT_PORTAL,
                        "Xã " + place + " khai giảng lớp học tình thương số " + i,
                        "Học sinh xã " + place + " được tặng sách vở; " + (i % 4 == 0 ? "đường vào trường từng bị sạt lở. "
                                : "") + "Lớp " + i + ".", at(day)));
            }
        }
        return out;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
