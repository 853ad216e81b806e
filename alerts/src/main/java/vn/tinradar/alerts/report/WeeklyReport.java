package vn.tinradar.alerts.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.ArticleRef;

/**
 * The figures of one period's summary report, compared with the period just before it of the same length.
 * Counts are of distinct articles; maps are ordered largest first (days in calendar order).
 *
 * @param to the first day after the period
 */
public record WeeklyReport(
        LocalDate from,
        LocalDate to,
        long total,
        long previousTotal,
        Map<LocalDate, Long> perDay,
        Map<LocalDate, Long> previousPerDay,
        Map<String, Long> bySource,
        Map<String, Long> byTier,
        Map<String, Long> byTopic,
        Map<String, Long> byPlace,
        long positive,
        long negative,
        long previousPositive,
        long previousNegative,
        List<TopStory> topStories,
        long alertsRaised,
        long alertsAcknowledged,
        Duration medianTimeToAck,
        long suspiciousCount,
        List<SuspiciousItem> suspicious,
        long policyArticles,
        long policyNegative) {

    /** A story of the period by its number of articles and of sources. */
    public record TopStory(String storyId, String title, long articles, long sources) {
    }

    /** A suspicious article and what became of it: the status of the alert on its story, if any. */
    public record SuspiciousItem(ArticleRef article, double score, String outcome) {
    }

    public boolean empty() {
        return total == 0 && alertsRaised == 0;
    }

    public static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
