package vn.tinradar.analyze.pipeline.trends;

import java.time.Duration;
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

    /** The windows of the configuration: the short one (1 h hopping by 5 min by default) and the day. */
    public static List<TrendWindow> of(AnalyzeConfig c) {
        return List.of(
                new TrendWindow(name(c.trendWindow()), c.trendWindow().toMillis(), c.trendAdvance().toMillis(),
                        Duration.ofHours(c.baselineRecentHours()).toMillis(), TrendDetector.BUCKETS_STORE,
                        TrendDetector.LATEST_STORE),
                new TrendWindow(name(c.trendLongWindow()), c.trendLongWindow().toMillis(),
                        c.trendLongAdvance().toMillis(), Duration.ofDays(c.trendLongRecentBaselineDays()).toMillis(),
                        TrendDetector.BUCKETS_STORE + "-long", TrendDetector.LATEST_STORE + "-long"));
    }

    static String name(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }
}
