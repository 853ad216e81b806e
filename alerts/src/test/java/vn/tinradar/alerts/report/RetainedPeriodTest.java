package vn.tinradar.alerts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetainedPeriodTest {

    // 06/12/2026 15:00 in Hà Nội
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private static RetainedPeriod keptDays(int days) {
        return RetainedPeriod.of("tinradar.articles.scored", Optional.of(Duration.ofDays(days)), NOW);
    }

    @Test
    void firstWholeDayIsTheDayAfterTheCutOffInVietnamTime() {
        // 400 days before 06/12/2026 15:00 is 01/11/2025 15:00: that day is only partly kept
        assertEquals(Optional.of(LocalDate.of(2025, 11, 2)), keptDays(400).earliestFullDay());
    }

    @Test
    void cutOffBeforeMidnightUtcStillCountsInVietnamTime() {
        // 23:30 UTC on 05/12 is already 06/12 in Hà Nội, so one day's retention keeps 06/12's morning only
        RetainedPeriod kept = RetainedPeriod.of("t", Optional.of(Duration.ofDays(1)), Instant.parse("2026-12-05T23:30:00Z"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), kept.earliestFullDay());
    }

    @Test
    void periodStartingOnTheEarliestKeptDayIsCovered() {
        assertTrue(keptDays(400).covers(LocalDate.of(2025, 11, 2)));
    }

    @Test
    void periodStartingTheDayBeforeIsNotCovered() {
        assertFalse(keptDays(400).covers(LocalDate.of(2025, 11, 1)));
    }

    @Test
    void topicKeptForeverCoversAnyPeriod() {
        assertTrue(RetainedPeriod.of("t", Optional.empty(), NOW).covers(LocalDate.of(2000, 1, 1)));
    }

    @Test
    void refusalNamesTheTopicTheRetentionAndTheEarliestDay() {
        String line = keptDays(400).refusal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertEquals("the period 01/01/2025–31/01/2025 is older than what TinRadar keeps: tinradar.articles.scored "
                + "keeps articles 400 days, so the earliest day kept in full is 02/11/2025 "
                + "(kafka.retention.articles-days sets it for new installations; retention.ms of the topic decides)",
                line);
    }
}
