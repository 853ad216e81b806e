package vn.tinradar.deploy.tip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word pairs a tip is searched by: adjacent words of headline then lead, without pairs of common words. */
class TipStoriesTest {

    @Test
    void pairsOfTheHeadlineComeFirstAndPairsWithACommonWordAreLeftOut() {
        assertThat(TipStories.pairs("Đập thủy điện ở Bát Xát sắp vỡ", "Dân dọc suối sơ tán"))
                .containsExactly("đập thủy", "thủy điện", "bát xát", "xát sắp", "sắp vỡ", "dân dọc", "dọc suối",
                        "suối sơ", "sơ tán");
    }
}
