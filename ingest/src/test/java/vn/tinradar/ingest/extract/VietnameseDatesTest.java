package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    private static OffsetDateTime parse(String text) {
        return VietnameseDates.parse(text).orElseThrow(() -> new AssertionError("no date in: " + text));
    }

    @Test
    void readsAspNetMonthFirstWithMeridiemAsLocalTime() {
        assertThat(parse("9/14/2026 6:44:00 PM")).isEqualTo(OffsetDateTime.parse("2026-09-14T18:44:00+07:00"));
    }

    @Test
    void readsRfc822WithNumericOffset() {
        assertThat(parse("Sat, 18 Feb 2017 15:16:55 +0700")).isEqualTo(OffsetDateTime.parse("2017-02-18T15:16:55+07:00"));
    }

    @Test
    void readsShortPlusSevenOffset() {
        assertThat(parse("2026-11-22T08:15:00+07")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsGmtPlusSeven() {
        assertThat(parse("Sun, 22 Nov 2026 01:15:00 GMT+7")).isEqualTo(OffsetDateTime.parse("2026-11-22T01:15:00+07:00"));
    }

    @Test
    void readsRfc822InGmt() {
        assertThat(parse("Sun, 22 Nov 2026 01:15:00 GMT").toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00").toInstant());
    }

    @Test
    void readsDayFirstNumericAsVietnamTime() {
        assertThat(parse("22/11/2026 08:15")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsVietnameseDateLineWithWeekday() {
        assertThat(parse("Thứ bảy, 22/11/2026, 08:15 (GMT+7)")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsDateWrittenInWords() {
        assertThat(parse("Cập nhật lúc 14h30 ngày 3 tháng 11 năm 2026"))
                .isEqualTo(OffsetDateTime.parse("2026-11-03T14:30:00+07:00"));
    }

    @Test
    void readsTimeBeforeDateAsOnManyProvincialSites() {
        assertThat(parse("08:15 - 22/11/2026")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void keepsUtcWhenTheSiteWritesZ() {
        assertThat(parse("2026-11-22T01:15:00.250Z")).isEqualTo(OffsetDateTime.parse("2026-11-22T01:15:00Z"));
    }

    @Test
    void readsIsoWithoutOffsetAsVietnamTime() {
        assertThat(parse("2026-11-22T08:15:00")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsDateAndTimeSeparatedByBar() {
        assertThat(parse("22/11/2026 | 08:15")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsTwoDigitYears() {
        assertThat(parse("Cập nhật: 22-11-26 08:15")).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsAfternoonInVietnameseWords() {
        assertThat(parse("22/11/2026 3:05 chiều")).isEqualTo(OffsetDateTime.parse("2026-11-22T15:05:00+07:00"));
    }

    @Test
    void findsNothingInTextWithoutADate() {
        assertThat(VietnameseDates.parse("Tin mới nhất về Lào Cai")).isEmpty();
        assertThat(VietnameseDates.parse("31/02/2026")).as("no such day").isEmpty();
    }

    @Test
    void readsDateFromArticleUrl() {
        assertThat(VietnameseDates.fromUrl("https://baolaocai.vn/2026/11/22/sat-lo-bat-xat.html"))
                .contains(OffsetDateTime.parse("2026-11-22T00:00:00+07:00"));
    }

    /** Issue 13: a date field of 20,000 spaces between "tháng" and the year took 5 s. */
    @Test
    void aHostileLongDateFieldIsReadUnderTwoSeconds() {
        String hostile = "1 tháng 2" + " ".repeat(200_000) + "x";

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> assertThat(VietnameseDates.parse(hostile)).isEmpty());
    }

    @Test
    void readsADateAtTheStartOfALongField() {
        assertThat(parse("22/11/2026 08:15 " + "x".repeat(10_000)))
                .isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsWeekdayDateLineWithADashBeforeTheTime() {
        assertThat(parse("Thứ bảy, 14/2/2026 - 08:30")).isEqualTo(OffsetDateTime.parse("2026-02-14T08:30:00+07:00"));
    }

    @Test
    void readsDateLineWithGmtOffsetAfterTheTime() {
        assertThat(parse("14/02/2026 08:30 GMT+7")).isEqualTo(OffsetDateTime.parse("2026-02-14T08:30:00+07:00"));
    }

    @Test
    void readsTwelveHourTimeWrittenBeforeTheDate() {
        assertThat(parse("15:20 PM | 21/12/2026")).isEqualTo(OffsetDateTime.parse("2026-12-21T15:20:00+07:00"));
    }
}
