package vn.tinradar.analyze.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.education;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.pipeline.trends.DailyTrendCounts;
import vn.tinradar.analyze.pipeline.trends.TrendBucket;
import vn.tinradar.analyze.pipeline.trends.TrendWindow;
import vn.tinradar.common.forecast.DailyCounts;

/**
 * A trend key's articles per Vietnam day, read back from the day window's slices: what a forecast is made from. One
 * topology for the class (it takes seconds to open); each test counts under its own key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyTrendCountsTest {

    TopologyHarness t;
    KeyValueStore<String, TrendBucket> buckets;

    @BeforeAll
    void start(@TempDir Path stateDir) {
        t = new TopologyHarness(stateDir);
        buckets = t.driver.getKeyValueStore(TrendWindow.of(t.config).get(1).bucketsStore());
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void anArticleLateInTheEveningCountsOnItsVietnamDayNotTheUtcOne() {
        t.send(education(1, at("2026-11-20T09:00:00")));
        t.send(education(2, at("2026-11-20T23:30:00"))); // 16:30 UTC: still the 20th in Lào Cai
        t.send(education(3, at("2026-11-21T00:30:00"))); // 17:30 UTC on the 20th: the 21st in Lào Cai

        DailyCounts days = DailyTrendCounts.read(buckets, "topic:giao-duc", LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 21));

        assertThat(days.first()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(days.counts()).containsExactly(2, 1);
    }

    @Test
    void aQuietDayInsideTheSeriesCountsZero() {
        t.send(landslide(1, at("2026-11-16T08:00:00")));
        t.send(landslide(2, at("2026-11-18T08:00:00")));

        DailyCounts days = DailyTrendCounts.read(buckets, "topic:thien-tai", LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 19));

        assertThat(days.counts()).containsExactly(1, 0, 1, 0);
    }

    @Test
    void aKeyNeverCountedHasNoDays() {
        DailyCounts days = DailyTrendCounts.read(buckets, "story:khong-co", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 21));

        assertThat(days.days()).isZero();
    }
}
