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
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.text.Mentions;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.forecast.SeasonalForecaster;
import vn.tinradar.common.text.VnTime;

/**
 * Computes a summary report for a period from the scored articles and the alerts, against the period of the same
 * length just before: volume by day, source, tier, topic and place, tone, top stories, alerts and their
 * acknowledgement, suspicious items and what became of them, the coverage of each draft policy whose
 * consultation overlaps the period, and the outlook of the days after it ({@link ReportOutlook}). Pure Java: no
 * Kafka, so it can run over any collection.
 */
public final class ReportBuilder {

    /** Topic id of draft policies under public consultation in the topic taxonomy. */
    public static final String POLICY_TOPIC = "du-thao-chinh-sach";
    /** Rules whose alerts are about a draft policy (their title names it). */
    private static final List<String> POLICY_RULES = List.of("policy-negative", "policy-silent");
    private static final double SUSPICIOUS = 0.5;
    private static final int TOP = 10;
    /** Topics, and places, the outlook forecasts: the period's leading five of each. */
    private static final int OUTLOOK_KEYS = 5;

    private final Map<String, String> topicNames;
    private final List<AlertsConfig.Policy> policies;
    private final ReportOutlook outlook = new ReportOutlook(new SeasonalForecaster());

    /**
     * @param topicNames Vietnamese names of topic ids; unknown ids are shown as they are
     * @param policies the draft policies whose coverage the report follows
     */
    public ReportBuilder(Map<String, String> topicNames, List<AlertsConfig.Policy> policies) {
        this.topicNames = Map.copyOf(topicNames);
        this.policies = List.copyOf(policies);
    }

    /**
     * The report of [from, to) compared with the same number of days before {@code from}, or with the same days of
     * the year before when it starts on 1 January ({@link ComparedPeriod}).
     */
    public WeeklyReport build(LocalDate from, LocalDate to, Collection<ScoredArticle> articles,
                              Collection<Alert> alerts) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("report period must end after it starts but was " + from + " → " + to);
        }
        ComparedPeriod compared = ComparedPeriod.before(from, to);
        List<ScoredArticle> current = within(articles, from, to);
        List<ScoredArticle> previous = within(articles, compared.from(), compared.to());

        List<ScoredArticle> suspicious = current.stream()
                .filter(s -> s.suspicion() != null && s.suspicion().score() >= SUSPICIOUS).toList();
        Function<ScoredArticle, List<String>> topicKeys =
                s -> topics(s).stream().map(t -> topicNames.getOrDefault(t, t)).toList();
        Function<ScoredArticle, List<String>> placeKeys = s -> s.places() == null ? List.of()
                : s.places().stream().map(PlaceTag::name).filter(Objects::nonNull).distinct().toList();
        List<WeeklyReport.Row> byTopic = rows(current, previous, topicKeys);
        List<WeeklyReport.Row> byPlace = rows(current, previous, placeKeys);
        return new WeeklyReport(from, to, totals(current, alerts, from, to), totals(previous, alerts, compared.from(), compared.to()),
                rows(current, previous, s -> List.of(orUnknown(s.article().sourceName()))),
                rows(current, previous, s -> List.of(s.article().tier() == null ? "khác"
                        : s.article().tier().vietnameseName())),
                byTopic, byPlace,
                topStories(current, alerts), suspicious.size(), suspiciousItems(suspicious, alerts),
                policies.stream().filter(p -> !p.consultationFrom().isAfter(to.minusDays(1))
                                && !p.consultationTo().isBefore(from))
                        .map(p -> coverage(p, current, previous, alerts)).toList(),
                outlook.of(within(articles, LocalDate.MIN, to), to, leading(byTopic), topicKeys, leading(byPlace),
                        placeKeys));
    }

    /** The names of a breakdown's first rows: what the outlook forecasts. */
    private static List<String> leading(List<WeeklyReport.Row> rows) {
        return rows.stream().limit(OUTLOOK_KEYS).map(WeeklyReport.Row::name).toList();
    }

    private static WeeklyReport.Totals totals(List<ScoredArticle> articles, Collection<Alert> alerts, LocalDate from,
                                              LocalDate to) {
        Map<LocalDate, WeeklyReport.Day> days = new TreeMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            LocalDate day = d;
            List<ScoredArticle> of = articles.stream().filter(s -> day(s).equals(day)).toList();
            days.put(day, new WeeklyReport.Day(of.size(), tone(of, Sentiment.POSITIVE), tone(of, Sentiment.NEGATIVE)));
        }
        List<Alert> raised = alerts.stream().filter(a -> inPeriod(a.firstSeen(), from, to)).toList();
        List<Duration> toAck = raised.stream().filter(a -> a.ackAt() != null && a.firstSeen() != null)
                .map(a -> Duration.between(a.firstSeen(), a.ackAt())).sorted().toList();
        Map<String, Long> byRule = raised.stream().collect(Collectors.groupingBy(Alert::rule, TreeMap::new,
                Collectors.counting()));
        return new WeeklyReport.Totals(articles.size(), tone(articles, Sentiment.POSITIVE),
                tone(articles, Sentiment.NEGATIVE), days, new WeeklyReport.AlertTally(raised.size(),
                raised.stream().filter(a -> a.ackAt() != null).count(),
                raised.stream().filter(a -> a.status() == AlertStatus.RESOLVED).count(),
                toAck.isEmpty() ? null : toAck.get((toAck.size() - 1) / 2), byRule));
    }

    /** "Đã xử lý (tran.thi.binh)" for the most advanced alert on the story, or that none was raised. */
    private static String outcome(String storyId, Collection<Alert> alerts) {
        return alerts.stream().filter(a -> storyId != null && storyId.equals(a.storyId()))
                .max(Comparator.comparing(Alert::status))
                .map(ReportBuilder::status)
                .orElse("chưa có cảnh báo");
    }

    private static String status(Alert a) {
        return a.status().vietnameseName() + (a.ackBy() == null ? "" : " (" + a.ackBy() + ")");
    }

    private static List<WeeklyReport.SuspiciousItem> suspiciousItems(List<ScoredArticle> suspicious,
                                                                     Collection<Alert> alerts) {
        // one line per story: five copies of one rumour are one item to follow up
        Map<String, List<ScoredArticle>> byStory = suspicious.stream()
                .collect(Collectors.groupingBy(s -> s.storyId() != null ? s.storyId() : "article:" + s.id(),
                        LinkedHashMap::new, Collectors.toList()));
        List<WeeklyReport.SuspiciousItem> items = new ArrayList<>();
        byStory.forEach((key, list) -> {
            ScoredArticle worst = list.stream().max(Comparator.comparingDouble((ScoredArticle s) -> s.suspicion().score())
                    .thenComparing(ReportBuilder::published, Comparator.reverseOrder())).orElseThrow();
            items.add(new WeeklyReport.SuspiciousItem(ArticleRef.of(worst.article()), worst.suspicion().score(),
                    list.size(), outcome(worst.storyId(), alerts)));
        });
        items.sort(Comparator.comparingDouble(WeeklyReport.SuspiciousItem::score).reversed()
                .thenComparing(i -> i.article().id()));
        return List.copyOf(items.subList(0, Math.min(TOP, items.size())));
    }

    private WeeklyReport.PolicyCoverage coverage(AlertsConfig.Policy p, List<ScoredArticle> current,
                                                 List<ScoredArticle> previous, Collection<Alert> alerts) {
        List<ScoredArticle> naming = current.stream().filter(s -> names(s, p)).toList();
        long before = previous.stream().filter(s -> names(s, p)).count();
        List<ScoredArticle> newestFirst = naming.stream()
                .sorted(Comparator.comparing(ReportBuilder::published).reversed()).toList();
        List<String> policyAlerts = alerts.stream()
                .filter(a -> POLICY_RULES.contains(a.rule()) && a.title() != null && a.title().contains(p.name()))
                .sorted(Comparator.comparing(Alert::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(a -> a.title() + " — " + status(a)).toList();
        return new WeeklyReport.PolicyCoverage(p.name(), p.consultationFrom(), p.consultationTo(), naming.size(),
                before, tone(naming, Sentiment.POSITIVE), tone(naming, Sentiment.NEGATIVE),
                naming.stream().map(s -> s.article().sourceId()).distinct().count(),
                newestFirst.isEmpty() ? null : published(newestFirst.get(0)),
                newestFirst.stream().limit(3).map(s -> ArticleRef.of(s.article())).toList(), policyAlerts);
    }

    private static boolean names(ScoredArticle s, AlertsConfig.Policy p) {
        return Mentions.any(s.article().title() + "\n" + Objects.toString(s.article().summary(), ""), p.keywords());
    }

    private static List<ScoredArticle> within(Collection<ScoredArticle> articles, LocalDate from, LocalDate to) {
        return articles.stream().filter(s -> s != null && s.article() != null && s.relevant()
                && s.duplicateOf() == null && inPeriod(published(s), from, to)).toList();
    }

    private static Instant published(ScoredArticle s) {
        return s.article().published() != null ? s.article().published().toInstant() : s.article().fetchedAt();
    }

    static LocalDate day(ScoredArticle s) {
        return published(s).atZone(VnTime.ZONE).toLocalDate();
    }

    private static boolean inPeriod(Instant t, LocalDate from, LocalDate to) {
        if (t == null) {
            return false;
        }
        LocalDate day = t.atZone(VnTime.ZONE).toLocalDate();
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** The ten largest of this period, each with its count in the period before. */
    private static List<WeeklyReport.Row> rows(List<ScoredArticle> current, List<ScoredArticle> previous,
                                               Function<ScoredArticle, List<String>> keys) {
        Map<String, Long> now = count(current, keys);
        Map<String, Long> before = count(previous, keys);
        return now.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new WeeklyReport.Row(e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), 0L)))
                .toList();
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

    private static List<String> topics(ScoredArticle s) {
        return s.topics() == null ? List.of() : s.topics().stream().map(TopicScore::label).distinct().toList();
    }

    private static long tone(List<ScoredArticle> articles, String label) {
        return articles.stream().filter(s -> s.sentiment() != null && label.equals(s.sentiment().label())).count();
    }

    private static List<WeeklyReport.TopStory> topStories(List<ScoredArticle> articles, Collection<Alert> alerts) {
        Map<String, List<ScoredArticle>> byStory = articles.stream().filter(s -> s.storyId() != null)
                .collect(Collectors.groupingBy(ScoredArticle::storyId));
        List<WeeklyReport.TopStory> stories = new ArrayList<>();
        byStory.forEach((id, list) -> {
            if (list.size() < 2) {
                return; // a lone article is not a story yet
            }
            ScoredArticle first = list.stream().min(Comparator.comparing(ReportBuilder::published)).orElseThrow();
            stories.add(new WeeklyReport.TopStory(id, first.article().title(), list.size(),
                    list.stream().map(s -> s.article().sourceId()).distinct().count(),
                    tone(list, Sentiment.NEGATIVE), outcome(id, alerts)));
        });
        stories.sort(Comparator.comparingLong(WeeklyReport.TopStory::articles).reversed()
                .thenComparing(Comparator.comparingLong(WeeklyReport.TopStory::sources).reversed())
                .thenComparing(WeeklyReport.TopStory::storyId));
        return List.copyOf(stories.subList(0, Math.min(5, stories.size())));
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "không rõ" : s;
    }
}
