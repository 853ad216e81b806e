package vn.tinradar.alerts.report;

import java.time.LocalDate;
import vn.tinradar.common.text.VnTime;

/**
 * The days a report covers, both included, as staff choose them: any period, or a calendar year.
 *
 * @param first the first day
 * @param last the last day, not before {@code first}
 */
public record ReportPeriod(LocalDate first, LocalDate last) {

    public ReportPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a report period must not end before it starts but was "
                    + first + " → " + last);
        }
    }

    /**
     * The calendar year {@code year}, or, while it runs, 1 January to {@code today}: the days not yet come would
     * count as days without any article.
     */
    public static ReportPeriod ofYear(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (first.isAfter(today)) {
            throw new IllegalArgumentException("the year " + year + " has not started yet (today is " + today + ")");
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        return new ReportPeriod(first, last.isAfter(today) ? today : last);
    }

    /** The first day after the period, the exclusive end the report builder takes. */
    public LocalDate end() {
        return last.plusDays(1);
    }

    /** "01/01/2026 – 31/12/2026" */
    public String inWords() {
        return VnTime.DATE.format(first) + " – " + VnTime.DATE.format(last);
    }
}
