package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.education;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

/**
 * Searching an instance's shards at once on a pool (issue 16: a million articles) answers exactly as searching them
 * one after the other: the same hits in the same order with the same scores, snippets, totals and facets.
 */
class ShardsAtOnceSearchTest {

    @TempDir
    Path dir;
    final List<ArticleIndex> shards = new ArrayList<>();
    final ExecutorService pool = SearchService.shardPool(3);
    SearchService inTurn;
    SearchService atOnce;

    @BeforeEach
    void index() {
        KeywordTestScorer scorer = new KeywordTestScorer();
        for (int s = 0; s < 3; s++) {
            shards.add(ArticleIndex.open(dir.resolve("shard-" + s), 16));
        }
        List<Article> articles = corpus();
        for (int i = 0; i < articles.size(); i++) {
            shards.get(i % 3).upsert(scorer.score(articles.get(i)), i);
        }
        shards.forEach(ArticleIndex::commit);
        inTurn = new SearchService(() -> shards);
        atOnce = new SearchService(() -> shards, List::of, Duration.ofSeconds(5), pool);
    }

    @AfterEach
    void close() {
        pool.shutdown();
        shards.forEach(ArticleIndex::close);
    }

    @Test
    void byRelevanceTheHitsScoresSnippetsAndFacetsAreTheSame() {
        SearchRequest request = SearchRequest.of("sạt lở Bảo Yên").withPage(0, 15);

        SearchResult result = atOnce.search(request);

        assertThat(result.total()).isGreaterThan(15);
        assertThat(result).isEqualTo(inTurn.search(request));
    }

    @Test
    void byTimeTheSecondPageIsTheSame() {
        SearchRequest request = SearchRequest.fromParams(Map.of("q", "xã OR phường", "sort", "time", "page", "2",
                "size", "7"));

        assertThat(atOnce.search(request)).isEqualTo(inTurn.search(request));
    }

    @Test
    void aWordThatIsExcludedAndAFilterGiveTheSameCounts() {
        SearchRequest request = SearchRequest.of("học sinh -\"tình thương\" source:vnexpress");

        SearchResult result = atOnce.search(request);

        assertThat(result.total()).isPositive();
        assertThat(result).isEqualTo(inTurn.search(request));
    }

    private static List<Article> corpus() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String day = String.format("2026-10-%02dT%02d:15:00", 1 + i % 28, 6 + i % 14);
            out.add(landslide(i, at(day)));
            out.add(education(i, at(day)));
            out.add(article("https://vnexpress.net/hoc-sinh-vung-cao-" + i + ".html", "vnexpress",
                    SourceTier.NATIONAL_PRESS, "Học sinh vùng cao Lào Cai vượt suối đến trường, bài " + i,
                    "Mỗi sáng, học sinh xã Y Tý lội suối hơn " + (i + 2) + " km đến lớp; mùa mưa đường hay sạt lở.",
                    at(day)));
        }
        return out;
    }
}
