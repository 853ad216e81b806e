package vn.tinradar.analyze.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.education;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.Fixtures;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.analyze.query.search.SearchService;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;

/** One on-disk index shard: idempotent upserts, durable commits, and catching up from the articles store. */
class ArticleIndexTest {

    @TempDir
    Path dir;
    final KeywordTestScorer scorer = new KeywordTestScorer();

    @Test
    void indexingTheSameArticleTwiceKeepsOneDocument() {
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            ScoredArticle a = scorer.score(landslide(1, at("2026-11-20T08:00:00")));
            index.upsert(a, 0);
            index.upsert(a, 1);

            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void survivesCloseAndReopenWithTheSameCountAndOffset() {
        List<StoredArticle> truth = articles(3);
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            truth.forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            index.commit();
        }
        try (ArticleIndex reopened = ArticleIndex.open(dir, 16)) {
            assertThat(reopened.documentCount()).isEqualTo(3);
            assertThat(reopened.committedOffset()).isEqualTo(2);
            assertThat(catchUp(reopened, truth)).isZero();
        }
    }

    @Test
    void aMatchCarriesTheIdAndTimeOfTheArticleItDecodesTo() {
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            articles(4).forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            index.commit();

            ShardMatches found = index.match(new MatchAllDocsQuery(), Sort.RELEVANCE, 10, null);

            assertThat(found.matches()).hasSize(4).allSatisfy(m -> {
                ScoredArticle decoded = m.hit().article();
                assertThat(m.id()).isEqualTo(decoded.id());
                assertThat(m.published()).isEqualTo(decoded.article().published().toInstant().toEpochMilli());
            });
        }
    }

    @Test
    void aHitHasTheSameScoreWhateverOrderTheSearchAsksFor() {
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            articles(6).forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            index.commit();
            Query query = new TermQuery(new Term(ArticleFields.TEXT_FOLDED, "bao"));
            SortField newest = new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true);

            Map<String, Float> byRelevance = scores(index.match(query, new Sort(SortField.FIELD_SCORE, newest), 10, null));
            Map<String, Float> byTimeThenScore = scores(index.match(query, new Sort(newest, SortField.FIELD_SCORE), 10,
                    null));
            Map<String, Float> byTimeAlone = scores(index.match(query, new Sort(newest), 10, null));

            assertThat(byRelevance).hasSize(6).isEqualTo(byTimeThenScore).isEqualTo(byTimeAlone);
        }
    }

    @Test
    void theBestHitsByScoreAreTheHeadOfTheWholeRankingAndTheCountsCoverEveryMatch() {
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            articles(400).forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            for (int i = 0; i < 40; i++) {
                StoredArticle other = new StoredArticle(400 + i, scorer.score(education(i, at("2026-11-21T07:00:00"))));
                index.upsert(other.article(), other.sourceOffset());
            }
            index.commit();
            // as a staff search is built: a required phrase, and boosts that only rank
            Query query = new BooleanQuery.Builder()
                    .add(new PhraseQuery(ArticleFields.TEXT_FOLDED, "sat", "lo"), Occur.MUST)
                    .add(new BoostQuery(new PhraseQuery(ArticleFields.TEXT_EXACT, "sạt", "lở"), 4f), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE_FOLDED, "bao")), 1.5f), Occur.SHOULD)
                    .build();
            SortField newest = new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true);
            Sort byScore = new Sort(SortField.FIELD_SCORE, newest);

            ShardMatches page = index.match(query, byScore, 10, null);
            ShardMatches whole = index.match(query, byScore, 1_000, null);
            ShardMatches byTime = index.match(query, new Sort(newest, SortField.FIELD_SCORE), 10, null);

            assertThat(page.matches()).extracting(ShardMatches.Match::id)
                    .containsExactlyElementsOf(whole.matches().stream().limit(10).map(ShardMatches.Match::id).toList());
            assertThat(page.matches()).extracting(ShardMatches.Match::score)
                    .containsExactlyElementsOf(whole.matches().stream().limit(10).map(ShardMatches.Match::score).toList());
            assertThat(page.total()).isEqualTo(400).isEqualTo(whole.total()).isEqualTo(byTime.total());
            assertThat(page.facets()).isNotEmpty().isEqualTo(byTime.facets());
        }
    }

    @Test
    void newestFirstOrdersArticlesOfTheSameTimeByScore() {
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            // three reports at 09:00 and three at 08:00, each naming the commune once more than the one before
            for (int i = 0; i < 6; i++) {
                index.upsert(scorer.score(namingTheCommune(i + 1, i < 3 ? "09:00" : "08:00")), i);
            }
            index.commit();
            Query query = new TermQuery(new Term(ArticleFields.TEXT_FOLDED, "bao"));
            SortField newest = new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true);

            ShardMatches page = index.match(query, new Sort(newest, SortField.FIELD_SCORE), 3, null);
            ShardMatches byScore = index.match(query, new Sort(SortField.FIELD_SCORE), 6, null);

            long nine = at("2026-11-20T09:00:00").toInstant().toEpochMilli();
            assertThat(page.matches()).extracting(ShardMatches.Match::id).containsExactlyElementsOf(byScore.matches()
                    .stream().filter(m -> m.published() == nine).map(ShardMatches.Match::id).toList());
            assertThat(page.matches()).extracting(ShardMatches.Match::score)
                    .isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(page.total()).isEqualTo(6);
        }
    }

    @Test
    void newestFirstLetsTheScoreChooseAmongTiesThatRunPastThePage() {
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            // six reports of the same minute, the commune named once more in each: indexed first, scored lowest
            for (int i = 0; i < 6; i++) {
                index.upsert(scorer.score(namingTheCommune(i + 1, "09:00")), i);
            }
            index.commit();
            Query query = new TermQuery(new Term(ArticleFields.TEXT_FOLDED, "bao"));
            SortField newest = new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true);

            ShardMatches page = index.match(query, new Sort(newest, SortField.FIELD_SCORE), 2, null);
            ShardMatches byScore = index.match(query, new Sort(SortField.FIELD_SCORE), 2, null);

            // the two that name it most, not the first two indexed
            assertThat(page.matches()).extracting(ShardMatches.Match::id)
                    .containsExactlyElementsOf(byScore.matches().stream().map(ShardMatches.Match::id).toList());
        }
    }

    /** A report of 20/11 at {@code time} that names xã Bảo Yên {@code times} times: more names, a higher score. */
    private static Article namingTheCommune(int times, String time) {
        return Fixtures.article("https://baolaocai.vn/bao-yen-" + times + "-" + time.replace(":", "") + ".html",
                "baolaocai", SourceTier.PROVINCIAL_PRESS, "Mưa lớn ở vùng cao", "Người dân xã Bảo Yên. ".repeat(times)
                        + "Chính quyền đã di dời các hộ đến nơi an toàn.", at("2026-11-20T" + time + ":00"));
    }

    private static Map<String, Float> scores(ShardMatches found) {
        Map<String, Float> out = new java.util.HashMap<>();
        found.matches().forEach(m -> out.put(m.id(), m.score()));
        return out;
    }

    @Test
    void rebuildsFromTheArticlesStoreWhenTheIndexIsLost() throws Exception {
        List<StoredArticle> truth = articles(4);
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("lost"), 16)) {
            truth.forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            index.commit();
        }
        ArticleIndex.deleteRecursively(dir.resolve("lost"));

        try (ArticleIndex rebuilt = ArticleIndex.open(dir.resolve("lost"), 16)) {
            assertThat(catchUp(rebuilt, truth)).isEqualTo(4);
            assertThat(rebuilt.documentCount()).isEqualTo(4);
        }
    }

    @Test
    void catchesUpOnlyArticlesNewerThanItsLastCommit() {
        List<StoredArticle> truth = articles(5);
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            truth.subList(0, 3).forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            index.commit();
        }
        try (ArticleIndex behind = ArticleIndex.open(dir, 16)) {
            assertThat(catchUp(behind, truth)).isEqualTo(2);
            assertThat(behind.documentCount()).isEqualTo(5);
        }
    }

    @Test
    void aCommitDuringTheCatchUpKeepsTheOffsetItOpenedWithSoARestartRedoesWhatItHadNotReached() {
        List<StoredArticle> truth = articles(6);
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            truth.subList(0, 3).forEach(s -> index.upsert(s.article(), s.sourceOffset()));
            index.commit();
        }
        try (ArticleIndex interrupted = ArticleIndex.open(dir, 16)) {
            interrupted.beginCatchUp("2_0", truth.size());
            interrupted.reindexIfBehind(truth.get(3));
            // a new article processed between two slices, then a Streams commit and the task moves away
            interrupted.upsert(truth.get(5).article(), truth.get(5).sourceOffset());
            interrupted.commit();
        }
        try (ArticleIndex reopened = ArticleIndex.open(dir, 16)) {
            assertThat(reopened.committedOffset()).isEqualTo(2);
            assertThat(catchUp(reopened, truth)).isEqualTo(3);
            assertThat(reopened.documentCount()).isEqualTo(6);
        }
    }

    @Test
    void aShardAStandbyKeptAsItRestoredReindexesNothingWhenItsTaskBecomesActiveHere() {
        List<StoredArticle> truth = articles(5);
        try (ArticleIndex standby = ArticleIndex.open(dir, 16)) {
            truth.forEach(standby::upsertRestored);
            standby.commit();
        }
        try (ArticleIndex takenOver = ArticleIndex.open(dir, 16)) {
            assertThat(takenOver.committedOffset()).isEqualTo(4);
            assertThat(catchUp(takenOver, truth)).isZero();
            assertThat(takenOver.documentCount()).isEqualTo(5);
        }
    }

    @Test
    void aStandbyThatBecomesActiveInPlaceReindexesNothingEither() {
        List<StoredArticle> truth = articles(5);
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            truth.forEach(index::upsertRestored);

            assertThat(catchUp(index, truth)).isZero();
        }
    }

    @Test
    void aShardMarkedPartialKeepsTheOffsetItWasCompleteUpToSoTheTakeOverRedoesTheRest() {
        List<StoredArticle> truth = articles(6);
        try (ArticleIndex standby = ArticleIndex.open(dir, 16)) {
            // a new shard beside a store that already held the first four: it sees only what is restored after
            standby.markPartial();
            truth.subList(4, 6).forEach(standby::upsertRestored);
            standby.commit();
        }
        try (ArticleIndex takenOver = ArticleIndex.open(dir, 16)) {
            assertThat(takenOver.committedOffset()).isEqualTo(-1);
            assertThat(catchUp(takenOver, truth)).isEqualTo(6);
            assertThat(takenOver.documentCount()).isEqualTo(6);
        }
    }

    @Test
    void reportsHowFarItsCatchUpHasGotUntilItEnds() {
        List<StoredArticle> truth = articles(4);
        try (ArticleIndex index = ArticleIndex.open(dir, 16)) {
            index.beginCatchUp("2_1", 4);
            index.reindexIfBehind(truth.get(0));
            index.reindexIfBehind(truth.get(1));

            assertThat(index.catchUpProgress()).contains(new CatchUpProgress("2_1", 2, 4, 2));
            index.endCatchUp();
            assertThat(index.catchUpProgress()).isEmpty();
        }
    }

    @Test
    void aShardRebuiltFromTheArticlesStoreAnswersStaffSearchesAsTheShardItReplaces() {
        // the live shard saw every version as it came, a correction of the third report included
        List<StoredArticle> arrived = new ArrayList<>(articles(6));
        for (int i = 0; i < 4; i++) {
            arrived.add(new StoredArticle(6 + i, scorer.score(education(i, at("2026-11-21T07:00:00").plusHours(i)))));
        }
        arrived.add(new StoredArticle(10, scorer.score(corrected(arrived.get(2).article().article()))));
        List<StoredArticle> store = new ArrayList<>(arrived.subList(0, 10));
        store.set(2, arrived.get(10)); // the store keeps an article's last version only
        try (ArticleIndex live = ArticleIndex.open(dir.resolve("live"), 16);
             ArticleIndex rebuilt = ArticleIndex.open(dir.resolve("rebuilt"), 16)) {
            arrived.forEach(s -> live.upsert(s.article(), s.sourceOffset()));
            live.commit();
            assertThat(catchUp(rebuilt, store)).isEqualTo(10);

            for (Map<String, String> params : List.of(Map.of("q", "sat lo"), Map.of("q", "\"Bảo Yên\" -Khe"),
                    Map.of("q", "hoc sinh", "sort", "time"), Map.of("q", "dinh chinh"), Map.<String, String>of())) {
                SearchResult before = search(live, params);
                SearchResult after = search(rebuilt, params);
                assertThat(after.total()).as("total of %s", params).isEqualTo(before.total());
                assertThat(after.facets()).as("facets of %s", params).isEqualTo(before.facets());
                // a score may differ in its last digits: the live shard still counts the correction's old version
                assertThat(after.hits()).as("hits of %s", params)
                        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("score")
                        .containsExactlyElementsOf(before.hits());
            }
        }
    }

    /** The article as its paper corrected it: a sentence added under the same id. */
    private static Article corrected(Article a) {
        return a.withText(a.title(), a.summary(), a.text() + " Đính chính: số hộ phải di dời là 14.", a.contentHash());
    }

    private static SearchResult search(ArticleIndex shard, Map<String, String> params) {
        return new SearchService(() -> List.of(shard)).search(SearchRequest.fromParams(params));
    }

    /** A whole catch-up at once, as the indexing processor does it slice by slice; how many it re-indexed. */
    private static long catchUp(ArticleIndex index, List<StoredArticle> truth) {
        index.beginCatchUp("2_0", truth.size());
        long reindexed = truth.stream().filter(index::reindexIfBehind).count();
        index.endCatchUp();
        return reindexed;
    }

    private List<StoredArticle> articles(int n) {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new StoredArticle(i, scorer.score(landslide(i, at("2026-11-20T08:00:00").plusHours(i)))));
        }
        return out;
    }
}
