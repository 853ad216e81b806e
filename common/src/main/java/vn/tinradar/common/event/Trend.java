package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * Windowed volume of one topic, place, topic-in-place or story against its baseline: the value of {@code trends},
 * keyed by {@code kind:key}.
 *
 * <p>{@code burstScore} compares {@code count} with {@code baseline} (the expected count for such a window);
 * {@code negativeSurge} compares {@code negativeCount} with {@code negativeBaseline} the same way, so negative
 * coverage growing inside a steady flow shows too. {@code window} names the window length ({@code 1h}, {@code 24h}).
 * {@code backfill} is true when the window is already in the past when counted, so alerts don't fire on old news
 * arriving late. {@code sampleArticleIds} are the window's latest articles; {@code negativeSampleArticleIds} its latest
 * negative ones, which tell what a negative surge is about (empty in records written before they were kept).
 */
public record Trend(
        int v,
        String kind,
        String key,
        String label,
        Instant windowStart,
        Instant windowEnd,
        long count,
        double baseline,
        double burstScore,
        long negativeCount,
        int sourceCount,
        List<String> sampleArticleIds,
        boolean backfill,
        String window,
        double negativeBaseline,
        double negativeSurge,
        List<String> negativeSampleArticleIds) {

    public static final int VERSION = 1;
    public static final String TOPIC = "topic";
    public static final String PLACE = "place";
    public static final String TOPIC_PLACE = "topic-place";
    public static final String STORY = "story";

    /** A trend without its negative samples (records written before they were kept). */
    public Trend(int v, String kind, String key, String label, Instant windowStart, Instant windowEnd, long count,
                 double baseline, double burstScore, long negativeCount, int sourceCount, List<String> sampleArticleIds,
                 boolean backfill, String window, double negativeBaseline, double negativeSurge) {
        this(v, kind, key, label, windowStart, windowEnd, count, baseline, burstScore, negativeCount, sourceCount,
                sampleArticleIds, backfill, window, negativeBaseline, negativeSurge, List.of());
    }

    /** A trend of the hourly window without the negative-coverage comparison (records written before it existed). */
    public Trend(int v, String kind, String key, String label, Instant windowStart, Instant windowEnd, long count,
                 double baseline, double burstScore, long negativeCount, int sourceCount, List<String> sampleArticleIds,
                 boolean backfill) {
        this(v, kind, key, label, windowStart, windowEnd, count, baseline, burstScore, negativeCount, sourceCount,
                sampleArticleIds, backfill, null, 0, 0, List.of());
    }

    public double negativeShare() {
        return count == 0 ? 0 : (double) negativeCount / count;
    }
}
