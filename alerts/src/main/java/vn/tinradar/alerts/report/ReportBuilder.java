package vn.tinradar.alerts.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.text.VnTime;

/**
 * Computes a summary report for a period from the scored articles and the alerts: volume by day, source, tier,
 * topic and place, tone, top stories, alerts and their acknowledgement, suspicious items and the coverage of
 * draft policies under consultation. Pure Java: no Kafka, so it can run over any collection.
 */
public final class ReportBuilder {

    /** Topic id of draft policies under public consultation in the topic taxonomy. */
    public static final String POLICY_TOPIC = "du-thao-chinh-sach";
    private static final double SUSPICIOUS = 0.5;
    private static final int TOP = 10;

    private final Map<String, String> topicNames;

    /** @param topicNames Vietnamese names of topic ids; unknown ids are shown as they are */
    public ReportBuilder(Map<String, String> topicNames) {
        this.topicNames = Map.copyOf(topicNames);
    }

    /** The report of [from, to) compared with the same number of days before {@code from}. */
    public WeeklyReport build(LocalDate from, LocalDate to, Collection<ScoredArticle> articles,
                              Collection<Alert> alerts) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("report period must end after it starts but was " + from + " → " + to);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate previousFrom = from.minusDays(days);
        List<ScoredArticle> current = within(articles, from, to);
        List<ScoredArticle> previous = within(articles, previousFrom, from);

        List<Alert> raised = alerts.stream().filter(a -> inPeriod(a.firstSeen(), from, to)).toList();
        List<Duration> toAck = raised.stream().filter(a -> a.ackAt() != null && a.firstSeen() != null)
                .map(a -> Duration.between(a.firstSeen(), a.ackAt())).sorted().toList();
        List<ScoredArticle> suspicious = current.stream()
                .filter(s -> s.suspicion() != null && s.suspicion().score() >= SUSPICIOUS)
                .sorted(Comparator.comparingDouble((ScoredArticle s) -> s.suspicion().score()).reversed()).toList();
        List<ScoredArticle> policy = current.stream().filter(s -> hasTopic(s, POLICY_TOPIC)).toList();

        return new WeeklyReport(from, to, current.size(), previous.size(), perDay(current, from, to),
                perDay(previous, previousFrom, from),
                top(count(current, s -> List.of(orUnknown(s.article().sourceName())))),
                top(count(current, s -> List.of(s.article().tier() == null ? "khác"
                        : s.article().tier().vietnameseName()))),
                top(count(current, s -> topics(s).stream().map(t -> topicNames.getOrDefault(t, t)).toList())),
                top(count(current, s -> s.places() == null ? List.of()
                        : s.places().stream().map(PlaceTag::name).filter(Objects::nonNull).distinct().toList())),
                tone(current, "positive"), tone(current, "negative"), tone(previous, "positive"),
                tone(previous, "negative"), topStories(current), raised.size(),
                raised.stream().filter(a -> a.ackAt() != null).count(),
                toAck.isEmpty() ? null : toAck.get(toAck.size() / 2), suspicious.size(),
                suspicious.stream().limit(5).map(s -> new WeeklyReport.SuspiciousItem(ArticleRef.of(s.article()),
                        s.suspicion().score(), outcome(s.storyId(), alerts))).toList(), policy.size(),
                policy.stream().filter(s -> s.sentiment() != null && s.sentiment().isNegative()).count());
    }

    /** "Đã xử lý (tran.thi.binh)" for the most advanced alert on the story, or that none was raised. */
    private static String outcome(String storyId, Collection<Alert> alerts) {
        return alerts.stream().filter(a -> storyId != null && storyId.equals(a.storyId()))
                .max(Comparator.comparing(Alert::status))
                .map(a -> a.status().vietnameseName() + (a.ackBy() == null ? "" : " (" + a.ackBy() + ")"))
                .orElse("chưa có cảnh báo");
    }

    private static List<ScoredArticle> within(Collection<ScoredArticle> articles, LocalDate from, LocalDate to) {
        return articles.stream().filter(s -> s != null && s.article() != null && s.relevant()
                && s.duplicateOf() == null && inPeriod(published(s), from, to)).toList();
    }

    private static Instant published(ScoredArticle s) {
        return s.article().published() != null ? s.article().published().toInstant() : s.article().fetchedAt();
    }

    private static boolean inPeriod(Instant t, LocalDate from, LocalDate to) {
        if (t == null) {
            return false;
        }
        LocalDate day = t.atZone(VnTime.ZONE).toLocalDate();
        return !day.isBefore(from) && day.isBefore(to);
    }

    private static Map<LocalDate, Long> perDay(List<ScoredArticle> articles, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            days.put(d, 0L);
        }
        for (ScoredArticle s : articles) {
            days.merge(published(s).atZone(VnTime.ZONE).toLocalDate(), 1L, Long::sum);
        }
        return days;
    }

    private static Map<String, Long> count(List<ScoredArticle> articles, Function<ScoredArticle, List<String>> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ScoredArticle s : articles) {
            for (String k : keys.apply(s)) {
                counts.merge(k, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static List<String> topics(ScoredArticle s) {
        return s.topics() == null ? List.of() : s.topics().stream().map(TopicScore::label).distinct().toList();
    }

    private static boolean hasTopic(ScoredArticle s, String topic) {
        return topics(s).contains(topic);
    }

    private static long tone(List<ScoredArticle> articles, String label) {
        return articles.stream().filter(s -> s.sentiment() != null && label.equals(s.sentiment().label())).count();
    }

    private static List<WeeklyReport.TopStory> topStories(List<ScoredArticle> articles) {
        Map<String, List<ScoredArticle>> byStory = articles.stream().filter(s -> s.storyId() != null)
                .collect(Collectors.groupingBy(ScoredArticle::storyId));
        List<WeeklyReport.TopStory> stories = new ArrayList<>();
        byStory.forEach((id, list) -> {
            ScoredArticle first = list.stream().min(Comparator.comparing(ReportBuilder::published)).orElseThrow();
            stories.add(new WeeklyReport.TopStory(id, first.article().title(), list.size(),
                    list.stream().map(s -> s.article().sourceId()).distinct().count()));
        });
        stories.sort(Comparator.comparingLong(WeeklyReport.TopStory::articles).reversed()
                .thenComparing(WeeklyReport.TopStory::storyId));
        return List.copyOf(stories.subList(0, Math.min(5, stories.size())));
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "không rõ" : s;
    }
}
