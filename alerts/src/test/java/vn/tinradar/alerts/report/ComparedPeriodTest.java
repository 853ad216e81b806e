package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComparedPeriodTest {

    @Test
    void weekIsComparedWithTheSevenDaysBefore() {
        ComparedPeriod p = ComparedPeriod.before(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));

        assertThat(p).isEqualTo(new ComparedPeriod(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16)));
    }

    @Test
    void wholeYearIsComparedWithTheYearBefore() {
        ComparedPeriod p = ComparedPeriod.before(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

        assertThat(p).isEqualTo(new ComparedPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(p.last()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void yearSoFarIsComparedWithTheSameDaysOfTheYearBefore() {
        ComparedPeriod p = ComparedPeriod.before(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7));

        assertThat(p.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(p.last()).isEqualTo(LocalDate.of(2025, 12, 6));
    }

    @Test
    void periodFromFirstJanuaryLongerThanAYearFallsBackToTheDaysBefore() {
        ComparedPeriod p = ComparedPeriod.before(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1));

        assertThat(p.to()).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
