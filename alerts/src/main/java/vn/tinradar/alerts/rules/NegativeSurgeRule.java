package vn.tinradar.alerts.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Trend;

/**
 * Rule {@code negative-surge}: negative coverage surging on a topic or in a place. Fires on a trend of a watched
 * kind (not backfill) whose negative articles reach a count and a share of the window, while its volume is above
 * the usual, unless its sample articles are all about different things. Findings group by the story most sample
 * articles belong to, else with the burst of the same public-concern topic and place, else by trend kind and key; the
 * alert lists the trend's sample articles.
 */
public final class NegativeSurgeRule {

    public static final String NAME = "negative-surge";

    private final AlertsConfig.NegativeSurge config;
    private final Map<String, String> publicConcernTopics;
    private final Function<String, Optional<ScoredArticle>> articles;

    /** @param articles looks an article up by id, for the titles and links of the trend's sample articles */
    public NegativeSurgeRule(AlertsConfig.NegativeSurge config, Map<String, String> publicConcernTopics,
                             Function<String, Optional<ScoredArticle>> articles) {
        this.config = config;
        this.publicConcernTopics = publicConcernTopics;
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
        if (!config.enabled() || trend == null || trend.backfill() || !config.kinds().contains(trend.kind())) {
            return Optional.empty();
        }
        if (trend.negativeCount() < config.minNegativeCount() || trend.negativeShare() < config.minNegativeShare()
                || trend.burstScore() < config.minBurstScore()) {
            return Optional.empty();
        }
        String what = trend.label() == null || trend.label().isBlank() ? trend.key() : trend.label();
        if (Trend.TOPIC.equals(trend.kind()) && publicConcernTopics.containsKey(trend.key())) {
            what = publicConcernTopics.get(trend.key()); // analyze labels a topic trend by its id
        }
        String topic = Trend.PLACE.equals(trend.kind()) ? null : TopicPlace.parse(trend.key(), null).topic();
        String place = Trend.TOPIC.equals(trend.kind()) ? null : TopicPlace.parse(trend.key(), trend.label()).place();
        if (Trend.PLACE.equals(trend.kind())) {
            place = what;
        }
        TrendSamples samples = TrendSamples.of(trend, articles, joined.apply(trendGroup(trend, topic)),
                raisedStories, true);
        if (samples.unrelated()) {
            return Optional.empty();
        }
        List<ArticleRef> refs = samples.refs();
        String window = Wording.time(trend.windowStart()) + " – " + Wording.time(trend.windowEnd());
        String title = "Tin tiêu cực tăng mạnh: " + what
                + samples.storySuffix();
        String summary = "Từ " + window + " có " + trend.negativeCount() + "/" + trend.count() + " bài về " + what
                + " mang sắc thái tiêu cực (" + Wording.percent(trend.negativeShare()) + "), từ " + trend.sourceCount()
                + " nguồn; số bài gấp " + Wording.num(trend.baseline() <= 0 ? trend.count()
                : trend.count() / trend.baseline()) + " lần mức thường ngày.";
        List<Signal> signals = List.of(
                new Signal("negative-share", trend.negativeShare(), trend.negativeCount() + "/" + trend.count()
                        + " bài tiêu cực (" + Wording.percent(trend.negativeShare()) + ", ngưỡng "
                        + Wording.percent(config.minNegativeShare()) + ")"),
                new Signal("burst", trend.burstScore(), "Chỉ số đột biến " + Wording.num(trend.burstScore())
                        + ": " + trend.count() + " bài so với mức nền " + Wording.num(trend.baseline()) + " bài"),
                new Signal("sources", trend.sourceCount(), trend.sourceCount() + " nguồn đưa tin"
                        + sourceNames(refs)));
        String action = topic != null && publicConcernTopics.containsKey(topic) ? Wording.ACTION_PUBLIC_CONCERN
                : Wording.ACTION_WATCH;
        Severity severity = trend.sourceCount() < 2 ? Severity.INFO : Severity.WARNING;
        // the same event surging in its topic, its commune and its province is one alert, grouped by its story
        // with the event's bursts, which word the alert when there is one (TopicBurstRule.RANK_ABOVE_OTHER_TREND_RULES)
        String groupKey = samples.groupKey(trendGroup(trend, topic));
        return Optional.of(new Finding(NAME, groupKey, severity, title, summary, action, samples.explained(signals),
                refs, samples.dominantStory().orElse(null), topic, place, samples.seenFrom(trend), samples.seenTo(trend),
                false, samples.rank(trend.burstScore())));
    }

    /**
     * A public-concern topic's surge, in the province or in a place, is the same alert as its burst
     * ({@link TopicBurstRule#groupKey}); any other trend's surge is its own group.
     */
    private String trendGroup(Trend trend, String topic) {
        if (topic != null && publicConcernTopics.containsKey(topic)) {
            String placeKey = Trend.TOPIC.equals(trend.kind()) ? "" : TopicPlace.parse(trend.key(), null).placeKey();
            return TopicBurstRule.groupKey(topic, placeKey);
        }
        return NAME + "|" + trend.kind() + "|" + trend.key();
    }

    private static String sourceNames(List<ArticleRef> refs) {
        String named = Wording.names(refs.stream().map(ArticleRef::source).toList(), 5);
        return named.isEmpty() ? "" : ": " + named;
    }
}
