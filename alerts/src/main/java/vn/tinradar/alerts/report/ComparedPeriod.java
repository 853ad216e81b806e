package vn.tinradar.alerts.report;

import java.time.LocalDate;

/**
 * The days a report is compared with: the same days of the year before for a period that starts on 1 January
 * (an annual report, or a year up to today, is read against "cùng kỳ năm trước"), otherwise as many days right
 * before it.
 *
 * @param from the first day compared
 * @param to the day after the last day compared, like the report's own exclusive end
 */
record ComparedPeriod(LocalDate from, LocalDate to) {

    /** The period [{@code from}, {@code to}) is compared with this one. */
    static ComparedPeriod before(LocalDate from, LocalDate to) {
        boolean sameDaysLastYear = from.getDayOfYear() == 1 && !to.isAfter(from.plusYears(1)) && to.isAfter(from);
        if (sameDaysLastYear) {
            return new ComparedPeriod(from.minusYears(1), to.minusYears(1));
        }
        return new ComparedPeriod(from.minusDays(to.toEpochDay() - from.toEpochDay()), from);
    }

    /** The last day compared. */
    LocalDate last() {
        return to.minusDays(1);
    }
}
