package vn.tinradar.common.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeasonalForecasterTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    private final SeasonalForecaster forecaster = new SeasonalForecaster();

    @Test
    void aSteadyTopicIsExpectedAtItsUsualDailyCount() {
        DailyCounts giaoDuc = series("giáo dục", 28, day -> 10);

        Forecast tomorrow = forecaster.forecast(giaoDuc, 1).orElseThrow();

        assertThat(tomorrow.expected()).isCloseTo(10, within(0.5));
        assertThat(tomorrow.holds(10)).isTrue();
        assertThat(tomorrow.from()).isEqualTo(START.plusDays(28));
    }

    @Test
    void sundaysOfAPortalThatRestsOnSundaysAreExpectedQuiet() {
        DailyCounts portal = series("cổng thông tin tỉnh", 42, day -> day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 12);

        // the history ends on a Sunday: the next day is a Monday; six days on is the next Sunday
        Forecast monday = forecaster.forecast(portal, 1).orElseThrow();
        Forecast sunday = forecaster.forecast(portal.head(41), 1).orElseThrow();

        assertThat(monday.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(sunday.from().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(sunday.expected()).isLessThan(monday.expected() / 3);
    }

    @Test
    void threeDaysAreForecastAsOneSpanWithTheirSum() {
        DailyCounts giaoThong = series("giao thông", 28, day -> 5);

        Forecast nextThreeDays = forecaster.forecast(giaoThong, 3).orElseThrow();

        assertThat(nextThreeDays.to()).isEqualTo(nextThreeDays.from().plusDays(2));
        assertThat(nextThreeDays.expected()).isCloseTo(15, within(0.5));
    }

    @Test
    void lessThanTwoWeeksOfHistoryGivesNoForecast() {
        assertThat(forecaster.forecast(series("xã Bản Khoang", 13, day -> 3), 1)).isEmpty();
    }

    @Test
    void aBurstyHistoryWidensTheInterval() {
        DailyCounts steady = series("nông nghiệp", 56, day -> 10);
        // the same mean, in bursts: most days quiet, some days an event with many reports
        DailyCounts bursty = series("thiên tai", 56, day -> day.getDayOfMonth() % 5 == 0 ? 42 : 2);

        Forecast calm = forecaster.forecast(steady, 1).orElseThrow();
        Forecast wide = forecaster.forecast(bursty, 1).orElseThrow();

        assertThat(wide.high() - wide.low()).isGreaterThan(2 * (calm.high() - calm.low()));
        assertThat(wide.method()).contains("dispersion").doesNotContain("default");
    }

    @Test
    void aShortHistoryUsesTheWideDefaultDispersionAndSaysSo() {
        Forecast early = forecaster.forecast(series("y tế", 15, day -> 8), 1).orElseThrow();

        assertThat(early.method()).contains("default");
    }

    @Test
    void aPoissonFlowIsHeldByTheEightyPercentIntervalAboutEightyPercentOfTheTime() {
        Random random = new Random(7);
        DailyCounts flow = series("an ninh trật tự", 200, day -> poisson(random, 9));

        Backtest.Summary summary = Backtest.Summary.of(new Backtest(forecaster, 1).run(flow));

        assertThat(summary.trials()).isEqualTo(200 - 14);
        assertThat(summary.coverage()).isBetween(0.72, 0.92);
    }

    @Test
    void aSilentSeriesIsExpectedSilent() {
        Forecast none = forecaster.forecast(series("xã Y Tý", 20, day -> 0), 3).orElseThrow();

        assertThat(none.expected()).isZero();
        assertThat(none.low()).isZero();
        assertThat(none.high()).isZero();
    }

    private static DailyCounts series(String key, int days, java.util.function.ToLongFunction<LocalDate> count) {
        long[] counts = new long[days];
        for (int i = 0; i < days; i++) {
            counts[i] = count.applyAsLong(START.plusDays(i));
        }
        return new DailyCounts(key, START, counts);
    }

    private static long poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
