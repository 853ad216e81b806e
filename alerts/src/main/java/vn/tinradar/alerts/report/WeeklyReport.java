package vn.tinradar.alerts.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.ArticleRef;

/**
 * The figures of one period's summary report, compared with the period just before it of the same length.
 * Counts are of distinct relevant articles (copies of another article left out); breakdowns are ordered by this
 * period's count, largest first.
 *
 * @param to the first day after the period
 */
public record WeeklyReport(
        LocalDate from,
        LocalDate to,
        Totals current,
        Totals previous,
        List<Row> bySource,
        List<Row> byTier,
        List<Row> byTopic,
        List<Row> byPlace,
        List<TopStory> topStories,
        long suspiciousArticles,
        List<SuspiciousItem> suspicious,
        List<PolicyCoverage> policies,
        Outlook outlook) {

    /** One period's volume, tone per day and alerts. */
    public record Totals(long articles, long positive, long negative, Map<LocalDate, Day> perDay,
                         AlertTally alerts) {

        public double positiveShare() {
            return share(positive, articles);
        }

        public double negativeShare() {
            return share(negative, articles);
        }
    }

    /** Articles of one day and how many of them were positive or negative. */
    public record Day(long articles, long positive, long negative) {
    }

    /**
     * Alerts first seen in a period: how many, how many staff acknowledged or resolved, how long the median
     * acknowledgement took (null when none was), and how many each rule raised.
     */
    public record AlertTally(long raised, long acknowledged, long resolved, Duration medianTimeToAck,
                             Map<String, Long> byRule) {
    }

    /** One line of a breakdown: a source, tier, topic or place, this period and the one before. */
    public record Row(String name, long current, long previous) {
    }

    /** A story of the period by its number of articles and of sources, and what became of its alert. */
    public record TopStory(String storyId, String title, long articles, long sources, long negative, String outcome) {
    }

    /** A suspicious story (or a lone article): its most suspicious article, and the status of its alert, if any. */
    public record SuspiciousItem(ArticleRef article, double score, long articles, String outcome) {
    }

    /**
     * Coverage of one draft policy whose consultation overlaps the period: articles naming it in both periods,
     * their tone, how many sources, the latest article, and the alerts raised about it.
     */
    public record PolicyCoverage(String name, LocalDate consultationFrom, LocalDate consultationTo, long articles,
                                 long previousArticles, long positive, long negative, long sources,
                                 Instant lastArticle, List<ArticleRef> latest, List<String> alerts) {
    }

    /**
     * The articles expected over the days {@code from} to {@code to} after the period for its leading topics and
     * places, forecast from {@code historyDays} days of counts; no rows when that is fewer than {@code minHistoryDays}.
     */
    public record Outlook(LocalDate from, LocalDate to, int historyDays, int minHistoryDays, List<OutlookRow> topics,
                          List<OutlookRow> places) {

        public boolean enoughHistory() {
            return historyDays >= minHistoryDays;
        }
    }

    /** One topic or place: the articles expected, and the 80% interval around them. */
    public record OutlookRow(String name, double expected, long low, long high) {
    }

    /** Nothing at all happened: no article in the period, and no alert raised. */
    public boolean empty() {
        return current.articles() == 0 && current.alerts().raised() == 0;
    }

    public static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
