package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.pipeline.index.ArticleFields;

/** Which typed chunks become one syllable-pair term, and which stay phrases over syllables. */
class LuceneQueriesTest {

    final LuceneQueries queries = new LuceneQueries();

    @Test
    void twoSyllablesBecomeTheirFoldedPair() {
        assertThat(queries.pair(ArticleFields.TEXT_FOLDED, "Học Sinh")).isEqualTo("hoc sinh");
    }

    @Test
    void onTheExactFieldThePairKeepsItsDiacritics() {
        assertThat(queries.pair(ArticleFields.TEXT_EXACT, "Sạt lở")).isEqualTo("sạt lở");
    }

    @Test
    void threeSyllablesStayAPhrase() {
        assertThat(queries.pair(ArticleFields.TEXT_FOLDED, "tin đồn thất")).isNull();
    }

    @Test
    void aStopSyllableBetweenTwoLeavesAPhrase() {
        assertThat(queries.pair(ArticleFields.TEXT_FOLDED, "nhà của dân")).isNull();
    }

    @Test
    void oneSyllableIsNoPair() {
        assertThat(queries.pair(ArticleFields.TEXT_FOLDED, "lũ")).isNull();
    }
}
