package vn.tinradar.common.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Forecasts a daily count series with a day-of-week seasonal model: an exponentially weighted level of the
 * de-seasonalised counts times the factor of the day of the week, with a negative-binomial interval.
 *
 * <p>Why this model: the press publishes on a weekly rhythm (portals and provincial papers post little on Sundays)
 * and a province's volume drifts slowly with the season, which a level with a half-life follows; bursts are what the
 * alert rules look for, not what a forecast can know in advance, so they show as over-dispersion and widen the
 * interval. Richer models (ARIMA, Holt-Winters with trend) need more history than the 90 days of trends kept, and a
 * trend term extrapolates a burst. The back-test ({@link Backtest}) compares it with the seasonal naive forecast
 * (the same weekdays of last week).
 */
public final class SeasonalForecaster {

    /**
     * @param minHistoryDays   fewer days than this give no forecast
     * @param seasonalWindowDays how many recent days the day-of-week factors are estimated from
     * @param halfLifeDays     how fast the level forgets: a day this old weighs half as much as yesterday
     * @param seasonalPrior    pseudo-days per weekday pulling each factor towards 1, so a few quiet Sundays do not
     *                         make a factor of zero
     * @param defaultDispersion the negative binomial's alpha (variance = mean + alpha mean^2) while fewer than
     *                         {@code minResiduals} one-day-ahead errors are known to estimate it from; wide on purpose
     * @param minResiduals     one-day-ahead errors needed before alpha is estimated from the series itself
     * @param maxDispersion    the largest alpha used: one past burst in the history can estimate alpha in the tens,
     *                         where the negative binomial puts nearly all its mass on zero and its interval stops
     *                         telling staff anything about the usual flow (bursts are the alert rules' business)
     * @param coverage         the share of real counts the interval should hold
     */
    public record Settings(int minHistoryDays, int seasonalWindowDays, double halfLifeDays, double seasonalPrior,
                           double defaultDispersion, int minResiduals, double maxDispersion, double coverage) {

        public Settings {
            if (minHistoryDays < 7) {
                throw new IllegalArgumentException("minHistoryDays must be >= 7 (one of each weekday)");
            }
            if (!(coverage > 0 && coverage < 1)) {
                throw new IllegalArgumentException("coverage must be between 0 and 1, was " + coverage);
            }
        }
    }

    /** Two weeks before the first forecast, eight weeks of weekday factors, a level with a one-week half-life. */
    public static final Settings DEFAULTS = new Settings(14, 56, 7, 1, 0.5, 7, 4, 0.8);

    private final Settings settings;

    public SeasonalForecaster(Settings settings) {
        this.settings = settings;
    }

    public SeasonalForecaster() {
        this(DEFAULTS);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Articles expected over the {@code days} days that follow the history, or empty when the history is shorter than
     * {@link Settings#minHistoryDays()}.
     */
    public Optional<Forecast> forecast(DailyCounts history, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, was " + days);
        }
        if (history.days() < settings.minHistoryDays()) {
            return Optional.empty();
        }
        Fit fit = fit(history);
        Dispersion dispersion = dispersion(history);
        double alpha = dispersion.alpha();
        double expected = 0;
        double factorSum = 0;
        double variance = 0;
        for (int j = 0; j < days; j++) {
            LocalDate day = history.end().plusDays(j);
            double factor = fit.factor(day.getDayOfWeek());
            double mu = fit.level() * factor;
            expected += mu;
            factorSum += factor;
            variance += mu + alpha * mu * mu;
        }
        // the level is itself an estimate, shared by every day of the span
        double levelVariance = (fit.level() + alpha * fit.level() * fit.level()) / fit.effectiveDays();
        variance += factorSum * factorSum * levelVariance;
        CountDistribution distribution = new CountDistribution(expected, variance);
        double tail = (1 - settings.coverage()) / 2;
        String method = String.format(java.util.Locale.ROOT,
                "day-of-week seasonal, level half-life %.0f d, %d days of history, dispersion %.2f%s",
                settings.halfLifeDays(), history.days(), alpha,
                dispersion.estimated() ? "" : " (default: history too short to estimate)");
        return Optional.of(new Forecast(history.key(), history.end(), history.end().plusDays(days - 1L), expected,
                distribution.quantile(tail), distribution.quantile(1 - tail), settings.coverage(), method));
    }

    /** Level and weekday factors of a history. */
    Fit fit(DailyCounts history) {
        int n = history.days();
        int from = Math.max(0, n - settings.seasonalWindowDays());
        double[] sum = new double[7];
        int[] seen = new int[7];
        double total = 0;
        for (int t = from; t < n; t++) {
            int d = history.day(t).getDayOfWeek().getValue() - 1;
            sum[d] += history.count(t);
            seen[d]++;
            total += history.count(t);
        }
        double perDay = total / (n - from);
        double[] factors = new double[7];
        double mean = 0;
        for (int d = 0; d < 7; d++) {
            factors[d] = perDay == 0 ? 1
                    : (sum[d] + settings.seasonalPrior() * perDay) / ((seen[d] + settings.seasonalPrior()) * perDay);
            mean += factors[d] / 7;
        }
        for (int d = 0; d < 7; d++) {
            factors[d] /= mean;
        }
        double decay = Math.pow(0.5, 1 / settings.halfLifeDays());
        double weighted = 0;
        double weights = 0;
        double squares = 0;
        double w = 1;
        for (int t = n - 1; t >= 0; t--) {
            double factor = factors[history.day(t).getDayOfWeek().getValue() - 1];
            weighted += w * history.count(t) / factor;
            weights += w;
            squares += w * w;
            w *= decay;
        }
        return new Fit(weighted / weights, factors, weights * weights / squares);
    }

    /**
     * The negative binomial's alpha estimated by moments from the one-day-ahead errors of the history itself (each
     * made from the days before it only), or the default while too few are known.
     */
    Dispersion dispersion(DailyCounts history) {
        double excess = 0;
        double squares = 0;
        int residuals = 0;
        for (int t = settings.minHistoryDays(); t < history.days(); t++) {
            Fit fit = fit(history.head(t));
            double mu = fit.level() * fit.factor(history.day(t).getDayOfWeek());
            double error = history.count(t) - mu;
            excess += error * error - mu;
            squares += mu * mu;
            residuals++;
        }
        if (residuals < settings.minResiduals() || squares == 0) {
            return new Dispersion(settings.defaultDispersion(), false);
        }
        return new Dispersion(Math.min(settings.maxDispersion(), Math.max(0, excess / squares)), true);
    }

    /** Alpha of the negative binomial, and whether it came from the series or is the default. */
    record Dispersion(double alpha, boolean estimated) {
    }

    /** A fitted history: the de-seasonalised level, the seven weekday factors (mean 1) and the level's sample size. */
    record Fit(double level, double[] factors, double effectiveDays) {

        double factor(DayOfWeek day) {
            return factors[day.getValue() - 1];
        }
    }
}
