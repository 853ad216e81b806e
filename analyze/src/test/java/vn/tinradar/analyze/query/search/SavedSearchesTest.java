package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.StaffTable;
import vn.tinradar.common.kafka.StaffWriter;
import vn.tinradar.common.kafka.Topics;

/** A saved search is checked like the search it keeps; saving and listing on a broker: AnalyzeServiceIT. */
class SavedSearchesTest {

    private final SavedSearches saved = new SavedSearches(new StaffTable<>(Topics.withDefaultPrefix().savedSearches,
            new StaffWriter(new Properties(), "tinradar.staff-records"), Optional::empty), Clock.systemUTC());

    @Test
    void searchWithoutANameIsRefused() {
        assertThatThrownBy(() -> saved.save("lan.nguyen", "  ", Map.of("q", "sạt lở")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name'");
    }

    @Test
    void badParameterIsNamedAsTheSearchWouldName() {
        assertThatThrownBy(() -> saved.save("lan.nguyen", "Sạt lở", Map.of("q", "sạt lở", "sort", "phổ biến")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sort'");
    }

    @Test
    void deletingAnUnknownSearchSaysSo() {
        assertThatThrownBy(() -> saved.delete("lan.nguyen", "s-0000"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("s-0000");
    }
}
