package vn.tinradar.common.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back-test replays the forecaster over a series, each forecast seeing only the days before its start. */
class BacktestTest {

    /** Fifty days of a commune's reports: three a day, two on Sundays. */
    private static DailyCounts fiftyDays() {
        LocalDate first = LocalDate.of(2026, 10, 1);
        long[] counts = new long[50];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = first.plusDays(i).getDayOfWeek().getValue() == 7 ? 2 : 3;
        }
        return new DailyCounts("place:xa-bao-yen", first, counts);
    }

    @Test
    void withoutALimitTheLastForecastSeesEveryDayBeforeIt() {
        List<Backtest.Trial> trials = new Backtest(new SeasonalForecaster(), 1).run(fiftyDays());

        assertThat(trials.get(trials.size() - 1).forecast().method()).contains("49 days of history");
    }

    @Test
    void aHistoryLimitShowsEachForecastOnlyThatManyDaysAsTheTrendsTabDoes() {
        List<Backtest.Trial> trials = new Backtest(new SeasonalForecaster(), 1, 28).run(fiftyDays());

        assertThat(trials).hasSize(36); // from day 14 (the minimum history) to day 49
        assertThat(trials.get(trials.size() - 1).forecast().method()).contains("28 days of history");
        assertThat(trials.get(0).forecast().method()).contains("14 days of history");
    }
}
