package vn.tinradar.deploy.replay;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.text.VnTime;

/**
 * Sums what a replay produced per day of the items' own time (Vietnam time): the scored articles, the stories
 * by the day they were first seen, and the alerts by the day of their earliest article.
 */
public final class ReplayReport {

    private ReplayReport() {
    }

    public static List<ReplayDay> days(Collection<ScoredArticle> scored, Collection<Story> stories,
                                       Collection<Alert> alerts) {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        for (ScoredArticle s : scored) {
            OffsetDateTime published = s.article().published();
            if (published == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(day(published.toInstant()), d -> new int[3]);
            c[0]++;
            if (s.relevant()) {
                c[1]++;
            }
        }
        for (Story story : stories) {
            if (story.firstSeen() != null) {
                counts.computeIfAbsent(day(story.firstSeen()), d -> new int[3])[2]++;
            }
        }
        Map<LocalDate, Map<String, Integer>> byRule = new TreeMap<>();
        Map<LocalDate, List<String>> titles = new TreeMap<>();
        List<Alert> ordered = new ArrayList<>(alerts);
        ordered.sort(Comparator.comparing(Alert::rule).thenComparing(Alert::id));
        for (Alert alert : ordered) {
            LocalDate day = alertDay(alert);
            if (day == null) {
                continue;
            }
            counts.computeIfAbsent(day, d -> new int[3]);
            byRule.computeIfAbsent(day, d -> new TreeMap<>()).merge(alert.rule(), 1, Integer::sum);
            titles.computeIfAbsent(day, d -> new ArrayList<>())
                    .add(alert.rule() + " [" + alert.status() + "] " + alert.title());
        }
        List<ReplayDay> days = new ArrayList<>();
        counts.forEach((day, c) -> days.add(new ReplayDay(day, c[0], c[1], c[2],
                byRule.getOrDefault(day, Map.of()), titles.getOrDefault(day, List.of()))));
        return days;
    }

    public static void print(List<ReplayDay> days, PrintStream out) {
        out.printf("%-10s %8s %8s %8s  %s%n", "day", "articles", "relevant", "stories", "alerts by rule");
        int articles = 0;
        int relevant = 0;
        int stories = 0;
        Map<String, Integer> total = new TreeMap<>();
        for (ReplayDay d : days) {
            out.printf("%-10s %8d %8d %8d  %s%n", d.day(), d.articles(), d.relevant(), d.newStories(),
                    d.alertsByRule().isEmpty() ? "-" : d.alertsByRule());
            articles += d.articles();
            relevant += d.relevant();
            stories += d.newStories();
            d.alertsByRule().forEach((rule, n) -> total.merge(rule, n, Integer::sum));
        }
        out.printf("%-10s %8d %8d %8d  %s%n", "total", articles, relevant, stories, total.isEmpty() ? "-" : total);
        for (ReplayDay d : days) {
            if (d.alertTitles().isEmpty()) {
                continue;
            }
            out.println();
            out.println(d.day() + ":");
            d.alertTitles().forEach(t -> out.println("  " + t));
        }
    }

    /** An alert belongs to the day its evidence begins; one without dated articles, to the day it was raised. */
    static LocalDate alertDay(Alert alert) {
        Instant earliest = alert.articles() == null ? null : alert.articles().stream()
                .map(ArticleRef::published).filter(Objects::nonNull).map(OffsetDateTime::toInstant)
                .min(Comparator.naturalOrder()).orElse(null);
        if (earliest == null) {
            earliest = alert.firstSeen();
        }
        return earliest == null ? null : day(earliest);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(VnTime.ZONE).toLocalDate();
    }
}
