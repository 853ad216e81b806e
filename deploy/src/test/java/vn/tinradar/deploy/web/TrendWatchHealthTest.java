package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.query.trends.TrendWatch;

/** The {@code trends} component of /health (issue 11): a warning naming the setting, never a readiness failure. */
class TrendWatchHealthTest {

    private static final Instant SINCE = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void aThinPartitionIsAWarningWithItsPastDayAndTheSettingNotAReadinessFailure() {
        Map<String, Object> trends = TrendWatchHealth.describe(TrendWatch.of(8, List.of(
                new PartitionWatch(0, null, 5L), new PartitionWatch(1, SINCE, null)), List.of()));

        assertThat(trends).containsEntry("affectsReadiness", false).containsEntry("partitions", 2)
                .containsEntry("watching", 1)
                .containsEntry("warning", "not watching for trend bursts on 1 of 2 partitions: 5 articles in the past "
                        + "24 hours, 8 needed (analyze.trend-watch-min-articles-per-day)");
        assertThat(trends.get("byPartition")).isEqualTo(List.of(
                Map.of("partition", 0, "watching", false, "articlesPastDay", 5L, "needed", 8),
                Map.of("partition", 1, "watchingSince", "2026-12-06T02:00:00Z")));
    }

    @Test
    void everyPartitionWatchedGivesNoWarning() {
        Map<String, Object> trends = TrendWatchHealth.describe(TrendWatch.of(8, List.of(
                new PartitionWatch(0, SINCE, null)), List.of()));

        assertThat(trends).doesNotContainKey("warning").containsEntry("watching", 1);
    }
}
