package vn.tinradar.analyze.query.forecast;

import java.time.LocalDate;
import vn.tinradar.common.forecast.DailyCounts;
import vn.tinradar.common.forecast.Forecast;

/**
 * Articles expected under one trend key over the Vietnam days {@code from} to {@code to}, with the interval that
 * should hold the real count {@code coverage} of the time; without figures when {@code enoughHistory} is false
 * (fewer than the forecaster's minimum of days were counted, or {@code unansweredBy} is set).
 *
 * @param historyDays days of counts the forecast was made from
 * @param historyArticles articles counted over those days
 * @param expected null without enough history
 * @param low null without enough history
 * @param high null without enough history
 * @param method how it was reached, in words (empty without enough history)
 * @param unansweredBy the other instance that holds the key's counts and did not answer in time ({@code host:port}),
 *     null when the forecast was made; without figures then, but not for want of history
 */
public record KeyForecast(String kind, String key, int days, LocalDate from, LocalDate to, int historyDays,
                          long historyArticles, boolean enoughHistory, Double expected, Long low, Long high, double coverage,
                          String method, String unansweredBy) {

    static KeyForecast of(String kind, String key, DailyCounts history, Forecast f) {
        int days = (int) (f.to().toEpochDay() - f.from().toEpochDay()) + 1;
        return new KeyForecast(kind, key, days, f.from(), f.to(), history.days(), history.total(), true, f.expected(),
                f.low(), f.high(), f.coverage(), f.method(), null);
    }

    static KeyForecast tooShort(String kind, String key, int days, LocalDate from, DailyCounts history,
                                double coverage) {
        return new KeyForecast(kind, key, days, from, from.plusDays(days - 1L), history.days(), history.total(), false,
                null, null, null, coverage, "", null);
    }

    static KeyForecast unanswered(String kind, String key, int days, LocalDate from, double coverage, String peer) {
        return new KeyForecast(kind, key, days, from, from.plusDays(days - 1L), 0, 0, false, null, null, null,
                coverage, "", peer);
    }
}
