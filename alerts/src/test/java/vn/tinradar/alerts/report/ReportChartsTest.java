package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    private static final WeeklyReport.AlertTally NO_ALERTS = new WeeklyReport.AlertTally(0, 0, 0, null, Map.of());

    /** A year of days with {@code perDay} articles each, three of them negative on days of the rainy season. */
    private static WeeklyReport.Totals year(int year, long perDay) {
        Map<LocalDate, WeeklyReport.Day> days = new LinkedHashMap<>();
        long total = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean rainy = d.getMonthValue() >= 6 && d.getMonthValue() <= 9;
            days.put(d, new WeeklyReport.Day(perDay, 0, rainy ? 3 : 0));
            total += perDay;
        }
        return new WeeklyReport.Totals(total, 0, 0, days, NO_ALERTS);
    }

    @Test
    void aYearIsSummedIntoItsTwelveCalendarMonths() {
        Map<LocalDate, WeeklyReport.Day> months = ReportCharts.byMonth(year(2026, 4)).perDay();

        assertThat(months).hasSize(12);
        assertThat(months.keySet().iterator().next()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(months.get(LocalDate.of(2026, 2, 1)).articles()).isEqualTo(28 * 4);
        assertThat(months.get(LocalDate.of(2026, 7, 1)).negative()).isEqualTo(31 * 3);
        assertThat(months.get(LocalDate.of(2026, 12, 1)).negative()).isZero();
    }
}
