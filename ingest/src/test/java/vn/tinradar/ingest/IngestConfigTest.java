package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.ingest.config.IngestConfig;

class IngestConfigTest {

    private static IngestConfig userFile(String yaml) {
        return IngestConfig.from(ConfigDocument.parse("tinradar.yaml", yaml)
                .overlay(ConfigDocument.loadResource(IngestConfig.DEFAULTS_RESOURCE)));
    }

    @Test
    void shippedDefaultsAreValid() {
        IngestConfig config = IngestConfig.defaults();

        assertThat(config.robotName()).isEqualTo("tinradar");
        assertThat(config.perHostConcurrency()).isLessThanOrEqualTo(config.globalConcurrency());
        assertThat(config.seenRetentionDays()).isGreaterThan(config.maxItemAgeDays());
    }

    @Test
    void userValuesOverrideDefaults() {
        assertThat(userFile("ingest:\n  per-host-min-interval-ms: 250\n").perHostMinIntervalMs()).isEqualTo(250);
    }

    @Test
    void negativeTimeoutNamesTheUsersFileAndLine() {
        assertThatThrownBy(() -> userFile("# cấu hình\ningest:\n  read-timeout-ms: -5\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tinradar.yaml").hasMessageContaining("read-timeout-ms").hasMessageContaining("-5")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(3));
    }

    @Test
    void unknownKeyIsNamed() {
        assertThatThrownBy(() -> userFile("ingest:\n  read-timeout-secs: 5\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("read-timeout-secs");
    }

    @Test
    void retentionShorterThanMaximumItemAgeIsRefused() {
        assertThatThrownBy(() -> userFile("ingest:\n  max-item-age-days: 30\n  seen-retention-days: 7\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("seen-retention-days")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(3));
    }

    @Test
    void anUnknownItemFilterIsNamedAtItsLineWithTheKnownOnes() {
        assertThatThrownBy(() -> userFile("ingest:\n  item-filters:\n    - already-sent\n    - off-domain\n"
                + "    - same-as-sent\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("item-filters.1").hasMessageContaining("unknown rule 'off-domain'")
                .hasMessageContaining("too-old-in-feed")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(4));
    }

    @Test
    void itemFiltersWithoutAlreadySentAreRefusedWithTheReason() {
        assertThatThrownBy(() -> userFile("ingest:\n  item-filters: [too-old-in-feed, same-as-sent]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must include 'already-sent'").hasMessageContaining("sends it again");
    }

    @Test
    void anItemFilterListedTwiceIsRefused() {
        assertThatThrownBy(() -> userFile("ingest:\n  item-filters: [already-sent, same-as-sent, already-sent]\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'already-sent' is listed twice");
    }

    @Test
    void recheckStepsThatDoNotGrowAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> userFile("ingest:\n  recheck:\n    steps-minutes: [60, 360, 120]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("steps-minutes").hasMessageContaining("greater than the step before (360)")
                .hasMessageContaining("but was 120")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(3));
    }

    @Test
    void shippedRecheckScheduleIsOneSixTwentyFourAndSeventyTwoHoursThenWeekly() {
        IngestConfig.Recheck r = IngestConfig.defaults().recheck();
        assertThat(r.stepsMinutes()).containsExactly(60, 360, 1440, 4320);
        assertThat(r.thenEveryHours()).isEqualTo(168);
    }
}
