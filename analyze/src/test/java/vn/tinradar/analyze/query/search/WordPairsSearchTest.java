package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.analyze.pipeline.index.IndexesWithoutWordPairs;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;

/**
 * Typed two-syllable words match as terms of the syllable-pair fields (issue 16: a million articles): the same
 * articles as the phrase over syllables they replace, and an index written before those fields still answers.
 */
class WordPairsSearchTest {

    static final Article PUPILS = article("https://baolaocai.vn/hoc-sinh-vung-cao.html", "baolaocai",
            SourceTier.PROVINCIAL_PRESS, "Học sinh vùng cao đến trường sau lũ",
            "Sau trận lũ quét, hơn 300 học sinh xã Bát Xát đã trở lại lớp. Nhà trường bố trí chỗ ở bán trú cho các em "
                    + "có nhà bị sạt lở.",
            at("2026-11-22T07:00:00"));
    static final Article BIOLOGY = article("https://vnexpress.net/thi-sinh-hoc.html", "vnexpress",
            SourceTier.NATIONAL_PRESS, "Đề thi môn sinh học được đánh giá vừa sức",
            "Nhiều thí sinh cho biết đề sinh học năm nay có phần vận dụng cao nhưng không đánh đố, học trò khá giỏi "
                    + "có thể đạt điểm tối đa.",
            at("2026-11-21T15:00:00"));
    static final Article FOOTBALL = article("https://thethao.vn/bong-da-viet-nam.html", "thethao",
            SourceTier.NATIONAL_PRESS, "Bóng đá Việt Nam chuẩn bị cho vòng loại",
            "Đội tuyển bóng đá Việt Nam hội quân tại Hà Nội, huấn luyện viên gọi thêm ba cầu thủ trẻ.",
            at("2026-11-20T10:00:00"));
    static final Article QUARRY = article("https://laocai.gov.vn/mo-da.html", "laocai-gov",
            SourceTier.GOVERNMENT_PORTAL, "Kiểm tra mỏ đá ở Bảo Thắng",
            "Đoàn kiểm tra yêu cầu doanh nghiệp khai thác đá dừng nổ mìn gần khu dân cư, bóng râm của vách đá "
                    + "che kín lối đi.",
            at("2026-11-19T09:30:00"));
    static final List<Article> ALL = List.of(PUPILS, BIOLOGY, FOOTBALL, QUARRY);

    @TempDir
    Path dir;
    List<ArticleIndex> shards = List.of();

    @AfterEach
    void close() {
        shards.forEach(ArticleIndex::close);
    }

    @Test
    void aTypedWordFindsOnlyArticlesWhereItsSyllablesStandSideBySide() {
        SearchService search = new SearchService(() -> openWithPairs());

        assertThat(ids(search.search(SearchRequest.of("học sinh")))).containsExactly(PUPILS.id());
    }

    @Test
    void foldedPairsMatchWordsTypedWithoutDiacritics() {
        SearchService search = new SearchService(() -> openWithPairs());

        assertThat(ids(search.search(SearchRequest.of("bong da")))).containsExactly(FOOTBALL.id());
    }

    @Test
    void pairsFindTheSameArticlesTotalsAndFacetsAsPhrases() {
        SearchService search = new SearchService(() -> openWithPairs());
        SearchRequest request = SearchRequest.of("sinh học OR bóng đá Việt Nam");

        SearchResult pairs = search.search(request);
        SearchResult phrases = search.withPhrasesOnly().search(request);

        assertThat(pairs.total()).isEqualTo(2);
        assertThat(ids(pairs)).containsExactlyInAnyOrderElementsOf(ids(phrases));
        assertThat(pairs.facets()).isEqualTo(phrases.facets());
    }

    @Test
    void aSnippetStillMarksBothSyllablesOfAPairMatch() {
        SearchService search = new SearchService(() -> openWithPairs());

        SearchResult.Hit hit = search.search(SearchRequest.of("hoc sinh")).hits().get(0);

        assertThat(hit.snippet()).contains("<mark>học</mark> <mark>sinh</mark>");
    }

    @Test
    void anIndexWrittenBeforeThePairFieldsIsSearchedWithPhrasesAndMissesNothing() {
        KeywordTestScorer scorer = new KeywordTestScorer();
        List<ScoredArticle> scored = ALL.stream().map(scorer::score).toList();
        IndexesWithoutWordPairs.write(dir.resolve("old"), scored);
        shards = List.of(ArticleIndex.open(dir.resolve("old"), 16));
        SearchService search = new SearchService(() -> shards);

        assertThat(ids(search.search(SearchRequest.of("học sinh -\"sinh học\"")))).containsExactly(PUPILS.id());
    }

    private List<ArticleIndex> openWithPairs() {
        if (shards.isEmpty()) {
            KeywordTestScorer scorer = new KeywordTestScorer();
            shards = List.of(ArticleIndex.open(dir.resolve("0"), 16), ArticleIndex.open(dir.resolve("1"), 16));
            for (int i = 0; i < ALL.size(); i++) {
                shards.get(i % 2).upsert(scorer.score(ALL.get(i)), i / 2);
            }
            shards.forEach(ArticleIndex::commit);
        }
        return shards;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
