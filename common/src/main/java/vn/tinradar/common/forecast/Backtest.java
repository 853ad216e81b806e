package vn.tinradar.common.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays a forecaster over a series' own history: from every day once the minimum history is known, forecasts the
 * next {@code horizonDays} days from the days before only, and compares with what came, and with the seasonal naive
 * forecast (the same weekdays of the week before). With a history limit, each forecast sees only that many days before
 * its start, as a forecast served from counts kept for a limited time does.
 */
public final class Backtest {

    private final SeasonalForecaster forecaster;
    private final int horizonDays;
    private final int maxHistoryDays;

    public Backtest(SeasonalForecaster forecaster, int horizonDays) {
        this(forecaster, horizonDays, 0);
    }

    /** @param maxHistoryDays the most days before its start a forecast sees; 0 for all of them */
    public Backtest(SeasonalForecaster forecaster, int horizonDays, int maxHistoryDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be >= 1, was " + horizonDays);
        }
        if (maxHistoryDays < 0) {
            throw new IllegalArgumentException("maxHistoryDays must be >= 0, was " + maxHistoryDays);
        }
        this.forecaster = forecaster;
        this.horizonDays = horizonDays;
        this.maxHistoryDays = maxHistoryDays;
    }

    /** One forecast made at the start of a day of the series, and what really came. */
    public record Trial(Forecast forecast, long actual, long naive) {

        public boolean held() {
            return forecast.holds(actual);
        }

        public double error() {
            return Math.abs(forecast.expected() - actual);
        }

        public double naiveError() {
            return Math.abs(naive - actual);
        }
    }

    /** Every trial the series allows, oldest first; none when it is shorter than the history needed plus a horizon. */
    public List<Trial> run(DailyCounts series) {
        List<Trial> trials = new ArrayList<>();
        int start = Math.max(forecaster.settings().minHistoryDays(), 7);
        for (int origin = start; origin + horizonDays <= series.days(); origin++) {
            DailyCounts known = series.head(origin);
            if (maxHistoryDays > 0 && origin > maxHistoryDays) {
                known = known.tail(maxHistoryDays);
            }
            Optional<Forecast> forecast = forecaster.forecast(known, horizonDays);
            if (forecast.isEmpty()) {
                continue;
            }
            long actual = 0;
            long naive = 0;
            for (int j = 0; j < horizonDays; j++) {
                actual += series.count(origin + j);
                naive += series.count(origin + j - 7);
            }
            trials.add(new Trial(forecast.get(), actual, naive));
        }
        return trials;
    }

    /** What a set of trials shows: how often the interval held, and the errors against the naive forecast's. */
    public record Summary(int trials, double coverage, double meanAbsoluteError, double naiveMeanAbsoluteError,
                          double meanIntervalWidth, double meanActual) {

        /** Below 1 when the forecaster errs less than the seasonal naive forecast. */
        public double relativeError() {
            return naiveMeanAbsoluteError == 0 ? Double.NaN : meanAbsoluteError / naiveMeanAbsoluteError;
        }

        public static Summary of(List<Trial> trials) {
            int n = trials.size();
            if (n == 0) {
                return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double held = 0;
            double error = 0;
            double naive = 0;
            double width = 0;
            double actual = 0;
            for (Trial t : trials) {
                held += t.held() ? 1 : 0;
                error += t.error();
                naive += t.naiveError();
                width += t.forecast().high() - t.forecast().low();
                actual += t.actual();
            }
            return new Summary(n, held / n, error / n, naive / n, width / n, actual / n);
        }
    }
}
