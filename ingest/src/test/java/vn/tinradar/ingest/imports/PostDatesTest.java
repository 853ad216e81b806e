package vn.tinradar.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The forms exports write a post's time in; a time with no zone is Vietnam time. */
class PostDatesTest {

    @Test
    void isoWithOffsetKeepsItsOffset() {
        assertThat(PostDates.parse("2026-11-30T08:15:00Z")).isEqualTo(OffsetDateTime.parse("2026-11-30T08:15:00Z"));
    }

    @Test
    void timeWithoutZoneIsVietnamTime() {
        assertThat(PostDates.parse("2026-11-30 08:15")).isEqualTo(OffsetDateTime.parse("2026-11-30T08:15+07:00"));
        assertThat(PostDates.parse("30/11/2026 08:15")).isEqualTo(OffsetDateTime.parse("2026-11-30T08:15+07:00"));
    }

    @Test
    void zoneNameAfterTheTimeIsRead() {
        assertThat(PostDates.parse("2026-11-30 01:15:00 UTC").toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T08:15+07:00").toInstant());
    }

    @Test
    void secondsAndMillisecondsSince1970AreBothRead() {
        assertThat(PostDates.parse("1764480000").toInstant()).isEqualTo(PostDates.parse("1764480000000").toInstant());
    }

    @Test
    void wordsAreNotATime() {
        assertThatThrownBy(() -> PostDates.parse("hôm qua")).hasMessageContaining("hôm qua");
    }
}
