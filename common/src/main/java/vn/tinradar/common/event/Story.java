package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * Articles about one event across sources: the value of {@code stories}, keyed by story id (compacted).
 *
 * <p>{@code articleCount} counts every article; {@code copyCount} those that are near-verbatim copies of
 * another, so {@code articleCount - copyCount} is the number of independent reports. {@code maxSuspicion} is the
 * most suspect article's score; {@code suspicion} is the story's own, which respects who carries it (a story the
 * licensed press or a portal reports is not suspect because a rumour site had it first), and
 * {@code suspicionReason} says why in Vietnamese (null in stories written before it was kept).
 */
public record Story(
        int v,
        String id,
        String title,
        Instant firstSeen,
        Instant lastSeen,
        String firstSource,
        int articleCount,
        int copyCount,
        List<String> sources,
        List<SourceTier> tiers,
        List<String> lowTierSources,
        List<String> topics,
        List<PlaceTag> places,
        int negativeCount,
        double maxSuspicion,
        List<Signal> suspicionSignals,
        List<ArticleRef> articles,
        double suspicion,
        String suspicionReason) {

    public static final int VERSION = 1;

    public int independentReports() {
        return articleCount - copyCount;
    }
}
