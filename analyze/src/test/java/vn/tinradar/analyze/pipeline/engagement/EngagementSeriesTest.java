package vn.tinradar.analyze.pipeline.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.EngagementObservation;

/** A post's series of observations: bounded, in time order, the first one always kept. */
class EngagementSeriesTest {

    private static final Instant NINE_AM = Instant.parse("2026-11-20T02:00:00Z");

    private static EngagementObservation shares(int minutesAfterNine, long shares) {
        return new EngagementObservation(NINE_AM.plus(Duration.ofMinutes(minutesAfterNine)),
                new Engagement(null, null, shares));
    }

    @Test
    void longFollowedPostKeepsItsFirstObservationAndTheLatestOnes() {
        EngagementSeries series = new EngagementSeries(List.of(), 0);
        for (int poll = 0; poll < 100; poll++) {
            series = series.with(shares(30 * poll, 20L + 30L * poll), poll);
        }

        assertThat(series.observations()).hasSize(EngagementSeries.MAX);
        assertThat(series.observations().get(0).counts().share()).isEqualTo(20L);
        assertThat(series.observations().get(EngagementSeries.MAX - 1).counts().share()).isEqualTo(20L + 30L * 99);
    }

    @Test
    void observationReadLateFromAnExportTakesItsPlaceInTime() {
        EngagementSeries series = new EngagementSeries(List.of(), 0)
                .with(shares(0, 20), 1)
                .with(shares(120, 3_000), 2)
                .with(shares(60, 800), 3);

        assertThat(series.observations()).extracting(o -> o.counts().share()).containsExactly(20L, 800L, 3_000L);
    }
}
