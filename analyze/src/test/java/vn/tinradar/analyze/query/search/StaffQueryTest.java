package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.query.search.StaffQuery.Unit;

/** How the query staff type is cut into units, alternatives, exclusions and filters. */
class StaffQueryTest {

    @Test
    void wordsTypedTogetherAreOneRun() {
        assertThat(StaffQuery.parse("sat lo bao yen").required())
                .containsExactly(List.of(new Unit("sat lo bao yen", false)));
    }

    @Test
    void orJoinsTheRunsOnEitherSide() {
        assertThat(StaffQuery.parse("lũ quét OR sạt lở OR \"lở đất\" Bảo Yên").required()).containsExactly(
                List.of(new Unit("lũ quét", false), new Unit("sạt lở", false), new Unit("lở đất", true)),
                List.of(new Unit("Bảo Yên", false)));
    }

    @Test
    void minusExcludesAWordOrAQuotedPhrase() {
        StaffQuery q = StaffQuery.parse("thủy điện -\"tin đồn\" -vỡ");

        assertThat(q.required()).containsExactly(List.of(new Unit("thủy điện", false)));
        assertThat(q.excluded()).containsExactly(new Unit("tin đồn", true), new Unit("vỡ", false));
    }

    @Test
    void knownFieldsAreFiltersAndOtherColonsStayText() {
        StaffQuery q = StaffQuery.parse("place:\"Bảo Yên\" tier:forum-social lúc 10:30 sạt lở");

        assertThat(q.filters()).containsEntry("place", List.of("Bảo Yên")).containsEntry("tier",
                List.of("forum-social"));
        assertThat(q.required()).containsExactly(List.of(new Unit("lúc 10:30 sạt lở", false)));
    }

    @Test
    void chunksARunIntoTwoSyllableWords() {
        assertThat(LuceneQueries.chunks(new Unit("tai nạn giao thông Bát Xát", false)))
                .containsExactly("tai nạn", "giao thông", "Bát Xát");
        assertThat(LuceneQueries.chunks(new Unit("lở đất nhà", true))).containsExactly("lở đất nhà");
    }
}
