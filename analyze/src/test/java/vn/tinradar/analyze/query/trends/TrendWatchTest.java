package vn.tinradar.analyze.query.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;

/** The summary of the trend watch that /health and the Trends tab show (issue 11). */
class TrendWatchTest {

    private static final Instant MORNING = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void onePartitionNotWatchedMakesTheWholePartlyBlind() {
        TrendWatch watch = TrendWatch.of(8, List.of(new PartitionWatch(2, MORNING, null),
                new PartitionWatch(0, null, 5L), new PartitionWatch(1, MORNING, null)), List.of());

        assertThat(watch.partlyBlind()).isTrue();
        assertThat(watch.partitions()).isEqualTo(3);
        assertThat(watch.watching()).isEqualTo(2);
        assertThat(watch.byPartition()).extracting(PartitionWatch::partition).containsExactly(0, 1, 2);
        assertThat(watch.setting()).isEqualTo("analyze.trend-watch-min-articles-per-day");
    }

    @Test
    void aPartitionReadTwiceDuringARebalanceCountsOnce() {
        TrendWatch watch = TrendWatch.of(8, List.of(new PartitionWatch(0, MORNING, null),
                new PartitionWatch(0, MORNING, null)), List.of("10.0.0.7:8080"));

        assertThat(watch.partitions()).isEqualTo(1);
        assertThat(watch.partlyBlind()).isFalse();
        assertThat(watch.unansweredBy()).containsExactly("10.0.0.7:8080");
    }
}
