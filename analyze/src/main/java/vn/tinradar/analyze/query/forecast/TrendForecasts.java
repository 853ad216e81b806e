package vn.tinradar.analyze.query.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import vn.tinradar.analyze.pipeline.trends.DailyTrendCounts;
import vn.tinradar.analyze.pipeline.trends.TrendBucket;
import vn.tinradar.analyze.pipeline.trends.TrendWindow;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.forecast.DailyCounts;
import vn.tinradar.common.forecast.SeasonalForecaster;
import vn.tinradar.common.text.VnTime;

/**
 * The forecast of a trend key's next 1 to 3 Vietnam days (today first) from the complete days before today that the
 * day window's bucket store still holds.
 *
 * <p>Why that store and not the search index: it counts exactly what the Trends tab counts (relevant articles, topics
 * above the trend threshold, places by code, stories), where the index holds every topic an article was scored on and
 * no story key. Its price is depth: it keeps the baseline weeks plus the window and its recent baseline (29 days by
 * default), enough for the seasonal model (14 days at least) but not for its full 8-week weekday window.
 */
public final class TrendForecasts {

    public static final int MAX_DAYS = 3;
    private static final List<String> KINDS = List.of(Trend.TOPIC, Trend.PLACE, Trend.TOPIC_PLACE, Trend.STORY);

    private final Function<String, Optional<ReadOnlyKeyValueStore<String, TrendBucket>>> buckets;
    private final TrendWindow window;
    private final int historyDays;
    private final SeasonalForecaster forecaster;
    private final Clock clock;

    /**
     * @param buckets opens a bucket store by name, empty while it is not open on this instance
     * @param window the trend window whose slices are summed; its hop should divide an hour
     * @param retained how long that store keeps a slice
     */
    public TrendForecasts(Function<String, Optional<ReadOnlyKeyValueStore<String, TrendBucket>>> buckets,
                          TrendWindow window, Duration retained, SeasonalForecaster forecaster, Clock clock) {
        this.buckets = buckets;
        this.window = window;
        // the oldest day may be partly pruned already: only whole days before today that the store still holds in full
        this.historyDays = (int) retained.toDays() - 1;
        this.forecaster = forecaster;
        this.clock = clock;
    }

    /** Complete days of history a forecast reads at most. */
    public int historyDays() {
        return historyDays;
    }

    /**
     * The forecast of {@code kind:key} for {@code days} days from today.
     *
     * @throws IllegalArgumentException naming the parameter: days not 1 to {@value #MAX_DAYS}, an unknown kind, no key
     */
    public KeyForecast forecast(String kind, String key, int days) {
        check(kind, key, days);
        LocalDate today = today();
        DailyCounts history = history(kind + ":" + key, today);
        return forecaster.forecast(history, days)
                .map(f -> KeyForecast.of(kind, key, history, f))
                .orElseGet(() -> KeyForecast.tooShort(kind, key, days, today, history,
                        forecaster.settings().coverage()));
    }

    /**
     * Refuses a request no instance could answer, before any is asked.
     *
     * @throws IllegalArgumentException naming the parameter: days not 1 to {@value #MAX_DAYS}, an unknown kind, no key
     */
    public static void check(String kind, String key, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + " but was " + days);
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("parameter 'kind' must be one of " + KINDS + " but was '" + kind + "'");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("parameter 'key' is required: the topic, place or story id");
        }
    }

    /** The answer when {@code peer}, which holds the key's counts, did not give its forecast. */
    public KeyForecast unanswered(String kind, String key, int days, String peer) {
        return KeyForecast.unanswered(kind, key, days, today(), forecaster.settings().coverage(), peer);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VnTime.ZONE));
    }

    private DailyCounts history(String trendKey, LocalDate today) {
        LocalDate last = today.minusDays(1);
        DailyCounts none = DailyCounts.of(trendKey, Map.of(), today, last);
        try {
            return buckets.apply(window.bucketsStore())
                    .map(store -> DailyTrendCounts.read(store, trendKey, today.minusDays(historyDays), last))
                    .orElse(none);
        } catch (InvalidStateStoreException e) {
            return none; // the store moved away while being read (rebalance): nothing known here right now
        }
    }
}
