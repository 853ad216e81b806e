package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecheckScheduleTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-06T01:00:00Z");
    private final RecheckSchedule schedule = new RecheckSchedule(List.of(Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofHours(24), Duration.ofHours(72)), Duration.ofDays(7), Duration.ofDays(90));

    @Test
    void firstCheckIsOneHourAfterPublication() {
        assertThat(schedule.next(PUBLISHED, null, true)).contains(PUBLISHED.plus(Duration.ofHours(1)));
    }

    @Test
    void stepsAlreadyPastCollapseIntoTheNextOneAfterTheLastCheck() {
        Instant checkedLate = PUBLISHED.plus(Duration.ofHours(30));
        assertThat(schedule.next(PUBLISHED, checkedLate, true)).contains(PUBLISHED.plus(Duration.ofHours(72)));
    }

    @Test
    void weeklyAfterTheStepsWhileTheAlertIsOpen() {
        Instant last = PUBLISHED.plus(Duration.ofHours(72));
        assertThat(schedule.next(PUBLISHED, last, true)).contains(last.plus(Duration.ofDays(7)));
    }

    @Test
    void noWeeklyCheckOnceTheAlertIsClosed() {
        assertThat(schedule.next(PUBLISHED, PUBLISHED.plus(Duration.ofHours(72)), false)).isEmpty();
    }

    @Test
    void noCheckAfterTheLongestWatch() {
        assertThat(schedule.next(PUBLISHED, PUBLISHED.plus(Duration.ofDays(85)), true)).isEmpty();
    }
}
