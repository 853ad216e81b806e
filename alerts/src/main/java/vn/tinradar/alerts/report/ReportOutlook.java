package vn.tinradar.alerts.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.forecast.DailyCounts;
import vn.tinradar.common.forecast.SeasonalForecaster;

/**
 * The report's "Dự báo tuần tới": for the period's leading topics and places, the articles expected over the days
 * right after it, from their daily counts over the weeks before its end (the articles the report reads, counted the
 * way its breakdowns count them). The history starts on the first day any relevant article is known: before it the
 * articles topic holds nothing, which is not the same as a quiet day.
 */
final class ReportOutlook {

    /** How many days after the period are forecast: 72 hours. */
    static final int DAYS = 3;

    private final SeasonalForecaster forecaster;

    ReportOutlook(SeasonalForecaster forecaster) {
        this.forecaster = forecaster;
    }

    /**
     * @param articles the distinct relevant articles known, of any day
     * @param to the first day after the period: the first day forecast
     * @param topics the leading topics' names, {@code topicKeys} the names an article counts under
     */
    WeeklyReport.Outlook of(Collection<ScoredArticle> articles, LocalDate to, List<String> topics,
                            Function<ScoredArticle, List<String>> topicKeys, List<String> places,
                            Function<ScoredArticle, List<String>> placeKeys) {
        LocalDate first = articles.stream().map(ReportBuilder::day)
                .filter(d -> d.isBefore(to)).min(LocalDate::compareTo).orElse(to);
        LocalDate from = first.isBefore(to.minusDays(forecaster.settings().seasonalWindowDays()))
                ? to.minusDays(forecaster.settings().seasonalWindowDays()) : first;
        List<ScoredArticle> history = articles.stream()
                .filter(s -> !ReportBuilder.day(s).isBefore(from) && ReportBuilder.day(s).isBefore(to)).toList();
        int historyDays = (int) (to.toEpochDay() - from.toEpochDay());
        return new WeeklyReport.Outlook(to, to.plusDays(DAYS - 1L), historyDays, forecaster.settings().minHistoryDays(),
                forecastEach(history, topics, topicKeys, from, to), forecastEach(history, places, placeKeys, from, to));
    }

    private List<WeeklyReport.OutlookRow> forecastEach(List<ScoredArticle> history, List<String> names,
                                                       Function<ScoredArticle, List<String>> keys, LocalDate from,
                                                       LocalDate to) {
        Map<String, Map<LocalDate, Long>> byName = new HashMap<>();
        for (ScoredArticle s : history) {
            for (String name : keys.apply(s)) {
                if (names.contains(name)) {
                    byName.computeIfAbsent(name, n -> new HashMap<>()).merge(ReportBuilder.day(s), 1L, Long::sum);
                }
            }
        }
        return names.stream()
                .map(name -> forecaster.forecast(
                        DailyCounts.of(name, byName.getOrDefault(name, Map.of()), from, to.minusDays(1)), DAYS))
                .flatMap(Optional::stream)
                .map(f -> new WeeklyReport.OutlookRow(f.key(), f.expected(), f.low(), f.high()))
                .toList();
    }
}
