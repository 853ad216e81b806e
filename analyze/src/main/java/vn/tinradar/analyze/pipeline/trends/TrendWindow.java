package vn.tinradar.analyze.pipeline.trends;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.analyze.config.AnalyzeConfig;

/**
 * One window length trends are counted in: its length, its hop (the slice length of its bucket store), how far
 * back the recent baseline reaches, and the stores it keeps. The hourly window keeps the original store names.
 *
 * @param name how the window is named in {@code Trend.window}: {@code 1h}, {@code 24h}
 */
public record TrendWindow(String name, long windowMs, long advanceMs, long recentMs, String bucketsStore,
                          String latestStore) {

    /**
     * The windows of the configuration: the short one (1 h hopping by 5 min by default), the day, and the four days
     * of sustained coverage unless turned off.
     */
    public static List<TrendWindow> of(AnalyzeConfig c) {
        List<TrendWindow> windows = new ArrayList<>(List.of(
                new TrendWindow(name(c.trendWindow()), c.trendWindow().toMillis(), c.trendAdvance().toMillis(),
                        Duration.ofHours(c.baselineRecentHours()).toMillis(), TrendDetector.BUCKETS_STORE,
                        TrendDetector.LATEST_STORE),
                new TrendWindow(name(c.trendLongWindow()), c.trendLongWindow().toMillis(),
                        c.trendLongAdvance().toMillis(), Duration.ofDays(c.trendLongRecentBaselineDays()).toMillis(),
                        TrendDetector.BUCKETS_STORE + "-long", TrendDetector.LATEST_STORE + "-long")));
        if (c.trendSustainedWindowHours() > 0) {
            Duration sustained = Duration.ofHours(c.trendSustainedWindowHours());
            windows.add(new TrendWindow(name(sustained), sustained.toMillis(),
                    Duration.ofHours(c.trendSustainedAdvanceHours()).toMillis(),
                    Duration.ofDays(c.trendSustainedRecentBaselineDays()).toMillis(),
                    TrendDetector.BUCKETS_STORE + "-sustained", TrendDetector.LATEST_STORE + "-sustained"));
        }
        return List.copyOf(windows);
    }

    static String name(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }
}
