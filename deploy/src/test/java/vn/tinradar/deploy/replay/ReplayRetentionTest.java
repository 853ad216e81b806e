package vn.tinradar.deploy.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tinradar.deploy.config.Settings;

/**
 * A replay's own broker keeps every item it is given: a broker deletes a segment once its newest record is older than
 * the topic's retention, and a dump's records carry their publication times.
 */
class ReplayRetentionTest {

    private static final Instant REPLAYED_ON = Instant.parse("2026-12-07T14:00:00Z");

    @Test
    void aStormWeekOfSeptember2025ReplayedInDecember2026IsKeptBeyondTheDefault400Days() {
        int days = Replay.keptDays(Instant.parse("2025-09-25T08:00:00Z"), REPLAYED_ON);
        Settings kept = Replay.keeping(Settings.load(null), days);

        assertThat(days).isEqualTo(438 + 30);
        assertThat(kept.deploy().kafka().retention().articlesDays()).isEqualTo(468);
        assertThat(kept.deploy().kafka().retention().trendsDays()).isEqualTo(468);
        assertThat(kept.deploy().kafka().topicLayout().articlesRetention().toDays()).isEqualTo(468);
    }

    @Test
    void lastWeeksNewsKeepsTheConfiguredRetention() {
        Settings defaults = Settings.load(null);
        int days = Replay.keptDays(Instant.parse("2026-11-30T00:00:00Z"), REPLAYED_ON);
        Settings kept = Replay.keeping(defaults, days);

        assertThat(kept.deploy().kafka().retention()).isEqualTo(defaults.deploy().kafka().retention());
    }
}
