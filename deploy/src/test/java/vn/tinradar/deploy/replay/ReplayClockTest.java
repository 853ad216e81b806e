package vn.tinradar.deploy.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayClockTest {

    private static final Instant MONDAY = Instant.parse("2026-02-02T00:00:00Z");
    private static final Instant WALL = Instant.parse("2026-12-06T05:00:00Z");

    @Test
    void aWeekOfNewsAtSpeedThousandTakesAboutTenMinutes() {
        ReplayClock clock = new ReplayClock(MONDAY, WALL, 1000);

        assertThat(clock.wallLength(MONDAY.plus(Duration.ofDays(7)))).isEqualTo(Duration.ofMillis(604_800));
    }

    @Test
    void anItemAnHourAfterTheFirstIsDueThreeSecondsLaterAtSpeedTwelveHundred() {
        ReplayClock clock = new ReplayClock(MONDAY, WALL, 1200);

        assertThat(clock.due(MONDAY.plus(Duration.ofHours(1)))).isEqualTo(WALL.plusSeconds(3));
    }

    @Test
    void anItemOlderThanTheFirstIsDueAtOnce() {
        ReplayClock clock = new ReplayClock(MONDAY, WALL, 1000);

        assertThat(clock.due(MONDAY.minusSeconds(60))).isEqualTo(WALL);
    }

    @Test
    void aSpeedOfZeroIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> new ReplayClock(MONDAY, WALL, 0)).hasMessageContaining("--speed");
    }
}
