package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.report.TopicNames;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Trend;

/**
 * Rule {@code negative-surge}: negative coverage surging on a topic or in a place. Fires on a trend of a watched
 * kind (not backfill) whose negative articles reach a count and a share of the window, while its volume is above
 * the usual and, for a key with history, faster than its own usual share of negatives predicts
 * ({@link UsualNegativeShare}), unless its sample articles are all about different things. Findings group by the story most sample
 * articles belong to, else with the burst of the same public-concern topic and place, else by trend kind and key; the
 * alert lists the trend's sample articles.
 */
public final class NegativeSurgeRule {

    public static final String NAME = "negative-surge";

    private final AlertsConfig.NegativeSurge config;
    private final Map<String, String> publicConcernTopics;
    private final Map<String, String> topicNames;
    private final Function<String, Optional<ScoredArticle>> articles;

    /** @param articles looks an article up by id, for the titles and links of the trend's sample articles */
    public NegativeSurgeRule(AlertsConfig.NegativeSurge config, Map<String, String> publicConcernTopics,
                             Function<String, Optional<ScoredArticle>> articles) {
        this(config, publicConcernTopics, TopicNames.of(publicConcernTopics), articles);
    }

    /** @param topicNames the Vietnamese name of every topic id, for a topic trend, which analyze labels by its id */
    public NegativeSurgeRule(AlertsConfig.NegativeSurge config, Map<String, String> publicConcernTopics,
                             Map<String, String> topicNames, Function<String, Optional<ScoredArticle>> articles) {
        this.config = config;
        this.publicConcernTopics = publicConcernTopics;
        this.topicNames = topicNames;
        this.articles = articles;
    }

    public Optional<Finding> evaluate(Trend trend) {
        return evaluate(trend, group -> Optional.empty());
    }

    /** @param joined the story a trend's group was found to be about, by group key (TrendSamples#of) */
    public Optional<Finding> evaluate(Trend trend, Function<String, Optional<String>> joined) {
        return evaluate(trend, joined, Set.of());
    }

    /** @param raisedStories the stories that already have their own live alert (TrendSamples#of) */
    public Optional<Finding> evaluate(Trend trend, Function<String, Optional<String>> joined,
                                      Set<String> raisedStories) {
        if (!config.enabled() || trend == null || !config.kinds().contains(trend.kind())) {
            return Optional.empty();
        }
        if (trend.backfill()) {
            return RuleTrace.rejected(NAME, trend, "backfill", "");
        }
        if (trend.negativeCount() < config.minNegativeCount() || trend.negativeShare() < config.minNegativeShare()
                || trend.burstScore() < config.minBurstScore()) {
            return RuleTrace.rejected(NAME, trend, "surge-below-threshold", "negative " + trend.negativeCount()
                    + " (min " + config.minNegativeCount() + "), share " + trend.negativeShare() + " (min "
                    + config.minNegativeShare() + "), score " + trend.burstScore() + " (min "
                    + config.minBurstScore() + ")");
        }
        UsualNegativeShare usual = UsualNegativeShare.of(trend, config.minHistoryArticles());
        if (usual.known() && usual.riseScore(trend) < config.minShareRiseScore()) {
            return RuleTrace.rejected(NAME, trend, "usual-negative-share", "usual share " + round(usual.share())
                    + ", rise " + round(usual.riseScore(trend)) + " (min " + config.minShareRiseScore() + ")");
        }
        String what = trend.label() == null || trend.label().isBlank() ? trend.key() : trend.label();
        if (Trend.TOPIC.equals(trend.kind()) && topicNames.containsKey(trend.key())) {
            what = topicNames.get(trend.key()); // analyze labels a topic trend by its id
        }
        String topic = Trend.PLACE.equals(trend.kind()) ? null : TopicPlace.parse(trend.key(), null).topic();
        String place = Trend.TOPIC.equals(trend.kind()) ? null : TopicPlace.parse(trend.key(), trend.label()).place();
        if (Trend.PLACE.equals(trend.kind())) {
            place = what;
        }
        TrendSamples samples = TrendSamples.of(trend, articles, joined.apply(ownGroup(trend)),
                raisedStories, true);
        if (samples.unrelated()) {
            return RuleTrace.rejected(NAME, trend, "unrelated-samples", samples.traced());
        }
        List<ArticleRef> refs = samples.refs();
        String window = Wording.time(trend.windowStart()) + " – " + Wording.time(trend.windowEnd());
        String title = "Tin tiêu cực tăng mạnh: " + what
                + samples.storySuffix();
        String summary = "Từ " + window + " có " + trend.negativeCount() + "/" + trend.count() + " bài về " + what
                + " mang sắc thái tiêu cực (" + Wording.percent(trend.negativeShare()) + "), từ " + trend.sourceCount()
                + " nguồn; số bài gấp " + Wording.num(trend.baseline() <= 0 ? trend.count()
                : trend.count() / trend.baseline()) + " lần mức thường ngày.";
        List<Signal> signals = new ArrayList<>(List.of(
                new Signal("negative-share", trend.negativeShare(), trend.negativeCount() + "/" + trend.count()
                        + " bài tiêu cực (" + Wording.percent(trend.negativeShare()) + ", ngưỡng "
                        + Wording.percent(config.minNegativeShare()) + ")"),
                new Signal("burst", trend.burstScore(), "Chỉ số đột biến " + Wording.num(trend.burstScore())
                        + ": " + trend.count() + " bài so với mức nền " + Wording.num(trend.baseline()) + " bài"),
                new Signal("sources", trend.sourceCount(), Wording.sources(trend.sourceCount(),
                        refs.stream().map(ArticleRef::source).toList()))));
        if (usual.known()) {
            signals.add(new Signal("usual-negative-share", usual.share(), "Thường ngày "
                    + Wording.percent(usual.share()) + " số bài về " + what + " mang sắc thái tiêu cực; khung này "
                    + Wording.percent(trend.negativeShare())));
        }
        String action = topic != null && publicConcernTopics.containsKey(topic) ? Wording.ACTION_PUBLIC_CONCERN
                : Wording.ACTION_WATCH;
        Severity severity = trend.sourceCount() < 2 ? Severity.INFO : Severity.WARNING;
        // the same event surging in its topic, its commune and its province is one alert, grouped by its story
        // with the event's bursts, which word the alert when there is one (TopicBurstRule.RANK_ABOVE_OTHER_TREND_RULES)
        String groupKey = samples.groupKey(ownGroup(trend));
        return Optional.of(new Finding(NAME, groupKey, severity, title, summary, action, samples.explained(signals),
                refs, samples.dominantStory().orElse(null), topic, place, samples.seenFrom(trend), samples.seenTo(trend),
                false, samples.rank(trend.burstScore())));
    }

    /**
     * A public-concern topic's surge, in the province or in a place, is the same alert as its burst
     * ({@link TopicBurstRule#groupKey}); any other trend's surge is its own group. The group of its findings when no
     * story speaks for it.
     */
    String ownGroup(Trend trend) {
        TopicPlace tp = Trend.PLACE.equals(trend.kind()) ? null : TopicPlace.parse(trend.key(), null);
        if (tp != null && publicConcernTopics.containsKey(tp.topic())) {
            return TopicBurstRule.groupKey(tp.topic(), Trend.TOPIC.equals(trend.kind()) ? "" : tp.placeKey());
        }
        return NAME + "|" + trend.kind() + "|" + trend.key();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

}
