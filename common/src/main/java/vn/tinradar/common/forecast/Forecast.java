package vn.tinradar.common.forecast;

import java.time.LocalDate;

/**
 * Articles expected in one series over the days {@code from} to {@code to} inclusive, with the interval that should
 * hold the real count {@code coverage} of the time, and in words how it was reached.
 */
public record Forecast(String key, LocalDate from, LocalDate to, double expected, long low, long high,
                       double coverage, String method) {

    public boolean holds(long actual) {
        return actual >= low && actual <= high;
    }
}
