package vn.tinradar.analyze.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Which clauses of a staff search only rank, so a search may leave them out while it counts every match. */
class RankingClausesTest {

    private static final Query SAT_LO = new PhraseQuery(ArticleFields.TEXT_FOLDED, "sat", "lo");
    private static final Query EXACT = new BoostQuery(new PhraseQuery(ArticleFields.TEXT_EXACT, "sạt", "lở"), 4f);
    private static final Query TITLE = new BoostQuery(new PhraseQuery(ArticleFields.TITLE_FOLDED, "sat", "lo"), 1.5f);

    @Test
    void boostsOnTheBodyBesideARequiredPhraseOnlyRank() {
        Query near = new BoostQuery(new PhraseQuery(3, ArticleFields.TEXT_FOLDED, "sat", "lo", "bao", "yen"), 2f);
        Query unit = new BooleanQuery.Builder().add(SAT_LO, Occur.MUST).add(EXACT, Occur.SHOULD)
                .add(near, Occur.SHOULD).build();

        assertThat(RankingClauses.withoutThem(unit)).isEqualTo(new BooleanQuery.Builder().add(SAT_LO, Occur.MUST)
                .build());
    }

    @Test
    void theHeadlineBoostStaysForItDecidesWhichArticlesComeFirst() {
        Query unit = new BooleanQuery.Builder().add(SAT_LO, Occur.MUST).add(EXACT, Occur.SHOULD)
                .add(TITLE, Occur.SHOULD).build();

        assertThat(RankingClauses.withoutThem(unit)).isEqualTo(new BooleanQuery.Builder().add(SAT_LO, Occur.MUST)
                .add(TITLE, Occur.SHOULD).build());
    }

    @Test
    void alternativesTypedWithOrStillDecideTheMatch() {
        Query lu = new PhraseQuery(ArticleFields.TEXT_FOLDED, "lu", "quet");
        Query either = new BooleanQuery.Builder().add(SAT_LO, Occur.SHOULD).add(lu, Occur.SHOULD).build();

        assertThat(RankingClauses.withoutThem(either)).isSameAs(either);
    }

    @Test
    void theRankingClausesOfEachAlternativeGoAndTheFiltersStay() {
        Query place = new TermQuery(new Term(ArticleFields.PLACE, "bao yen"));
        Query unit = new BooleanQuery.Builder().add(SAT_LO, Occur.MUST).add(EXACT, Occur.SHOULD).build();
        Query alternatives = new BooleanQuery.Builder().add(unit, Occur.SHOULD).build();
        Query search = new BooleanQuery.Builder().add(alternatives, Occur.MUST).add(place, Occur.FILTER).build();

        Query expected = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(new BooleanQuery.Builder().add(SAT_LO, Occur.MUST).build(),
                        Occur.SHOULD).build(), Occur.MUST)
                .add(place, Occur.FILTER).build();
        assertThat(RankingClauses.withoutThem(search)).isEqualTo(expected);
    }

    @Test
    void aMinimumOfOptionalClausesMakesThemDecideTheMatch() {
        Query two = new BooleanQuery.Builder().add(SAT_LO, Occur.MUST).add(EXACT, Occur.SHOULD).add(TITLE, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();

        assertThat(RankingClauses.withoutThem(two)).isSameAs(two);
    }
}
