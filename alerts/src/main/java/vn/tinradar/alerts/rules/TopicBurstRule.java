package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.List;
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
 * Rule {@code topic-burst}: a public-concern topic bursting in a place, or in the province as a whole. Fires on a
 * {@code topic-place} or {@code topic} trend whose burst score and count reach the thresholds, unless the window was
 * counted late (backfill) or its sample articles are all about different things ({@link TrendSamples#unrelated}).
 * Findings group by topic and place ({@link #groupKey}), so a burst that lasts several windows stays one alert, and a
 * negative surge of the same topic joins it.
 */
public final class TopicBurstRule {

    public static final String NAME = "topic-burst";

    /**
     * A burst of a public-concern topic words the alert of its story ahead of any negative surge of the same story,
     * whatever the two burst scores: the surge adds its articles, the burst says what happened where.
     */
    static final double RANK_ABOVE_OTHER_TREND_RULES = 1_000;
    /** Where a topic trend of the province as a whole bursts (Vietnamese, after the topic's name). */
    static final String WHOLE_PROVINCE = "trên toàn địa bàn";

    private final AlertsConfig.TopicBurst config;
    private final Function<String, Optional<ScoredArticle>> articles;

    /** @param articles looks an article up by id, for the titles, links and stories of the trend's samples */
    public TopicBurstRule(AlertsConfig.TopicBurst config, Function<String, Optional<ScoredArticle>> articles) {
        this.config = config;
        this.articles = articles;
    }

    public Optional<Finding> evaluate(Trend trend) {
        return evaluate(trend, group -> Optional.empty());
    }

    /** @param joined the story a topic-and-place group was found to be about, by group key (TrendSamples#of) */
    public Optional<Finding> evaluate(Trend trend, Function<String, Optional<String>> joined) {
        return evaluate(trend, joined, Set.of());
    }

    /** @param raisedStories the stories that already have their own live alert (TrendSamples#of) */
    public Optional<Finding> evaluate(Trend trend, Function<String, Optional<String>> joined,
                                      Set<String> raisedStories) {
        boolean wholeProvince = trend != null && Trend.TOPIC.equals(trend.kind());
        if (!config.enabled() || trend == null || !(Trend.TOPIC_PLACE.equals(trend.kind()) || wholeProvince)) {
            return Optional.empty();
        }
        if (trend.backfill()) {
            return RuleTrace.rejected(NAME, trend, "backfill", "");
        }
        if (trend.burstScore() < config.minBurstScore() || trend.count() < config.minCount()) {
            return RuleTrace.rejected(NAME, trend, "burst-below-threshold", "score " + trend.burstScore() + " < "
                    + config.minBurstScore() + " or count " + trend.count() + " < " + config.minCount());
        }
        TopicPlace tp = wholeProvince ? new TopicPlace(trend.key(), "", null)
                : TopicPlace.parse(trend.key(), trend.label());
        String topicName = config.publicConcernTopics().get(tp.topic());
        if (topicName == null) {
            return RuleTrace.rejected(NAME, trend, "not-public-concern", tp.topic());
        }
        String placeGroup = groupKey(tp.topic(), tp.placeKey());
        TrendSamples samples = TrendSamples.of(trend, articles, joined.apply(placeGroup), raisedStories);
        if (samples.unrelated()) {
            return RuleTrace.rejected(NAME, trend, "unrelated-samples", samples.traced());
        }
        String where = wholeProvince ? WHOLE_PROVINCE : "tại " + tp.place();
        List<ArticleRef> refs = samples.refs();
        Severity severity = severity(trend, tp.topic());
        String window = Wording.time(trend.windowStart()) + " – " + Wording.time(trend.windowEnd());
        String title = topicName + ": tin tăng đột biến " + where
                + samples.storySuffix();
        String summary = "Từ " + window + " có " + trend.count() + " bài về " + lower(topicName) + " " + where
                + " từ " + trend.sourceCount() + " nguồn, gấp " + Wording.num(ratio(trend))
                + " lần mức thường ngày (" + Wording.num(trend.baseline()) + " bài)."
                + (trend.negativeCount() > 0 ? " " + trend.negativeCount() + " bài mang sắc thái tiêu cực." : "");
        // one event counted under several places and topics is one alert: grouped by its story when one dominates
        String groupKey = samples.groupKey(placeGroup);
        return Optional.of(new Finding(NAME, groupKey, severity, title, summary, Wording.ACTION_PUBLIC_CONCERN,
                samples.explained(signals(trend, tp.topic(), refs, window)),
                refs, samples.dominantStory().orElse(null), tp.topic(), tp.place(),
                samples.seenFrom(trend), samples.seenTo(trend), false,
                samples.rank(RANK_ABOVE_OTHER_TREND_RULES + trend.burstScore())));
    }

    /** The group of a topic-and-place (or whole-province topic) trend's findings when no story speaks for it. */
    static String ownGroup(Trend trend) {
        if (Trend.TOPIC.equals(trend.kind())) {
            return groupKey(trend.key(), "");
        }
        TopicPlace tp = TopicPlace.parse(trend.key(), trend.label());
        return groupKey(tp.topic(), tp.placeKey());
    }

    /**
     * The group of the findings about a topic in a place ({@code placeKey} empty: the province as a whole), whichever
     * rule made them: a burst and a negative surge of the same topic are one alert.
     */
    static String groupKey(String topic, String placeKey) {
        return NAME + "|" + topic + "|" + placeKey;
    }

    private Severity severity(Trend trend, String topic) {
        if (trend.sourceCount() < 2) {
            return Severity.INFO;
        }
        return trend.burstScore() >= config.urgentBurstScore() && !heldBackByTone(trend, topic) ? Severity.URGENT
                : Severity.WARNING;
    }

    /**
     * A burst large enough and reported widely enough to be urgent, of mostly good or neutral news (issue 11: an
     * expressway opening through the province was "Khẩn"): a warning instead, unless its topic is urgent whatever the
     * tone (a disaster's warnings).
     */
    private boolean heldBackByTone(Trend trend, String topic) {
        return trend.sourceCount() >= 2 && trend.burstScore() >= config.urgentBurstScore()
                && trend.negativeShare() < config.urgentMinNegativeShare()
                && !config.urgentAnyToneTopics().contains(topic);
    }

    private static double ratio(Trend trend) {
        return trend.baseline() <= 0 ? trend.count() : trend.count() / trend.baseline();
    }

    private List<Signal> signals(Trend trend, String topic, List<ArticleRef> refs, String window) {
        List<Signal> signals = new ArrayList<>();
        signals.add(new Signal("burst", trend.burstScore(), "Chỉ số đột biến " + Wording.num(trend.burstScore())
                + " (ngưỡng " + Wording.num(config.minBurstScore()) + "): " + trend.count()
                + " bài so với mức nền " + Wording.num(trend.baseline()) + " bài trong cùng độ dài khung giờ"));
        signals.add(new Signal("volume", trend.count(), trend.count() + " bài trong khung " + window
                + " (tối thiểu " + config.minCount() + ")"));
        signals.add(new Signal("sources", trend.sourceCount(), Wording.sources(trend.sourceCount(),
                refs.stream().map(ArticleRef::source).toList())));
        if (trend.negativeCount() > 0) {
            signals.add(new Signal("negative-share", trend.negativeShare(), trend.negativeCount() + "/"
                    + trend.count() + " bài tiêu cực (" + Wording.percent(trend.negativeShare()) + ")"));
        }
        if (heldBackByTone(trend, topic)) {
            signals.add(new Signal("not-urgent", trend.negativeShare(), "Mức Cảnh báo, không Khẩn dù chỉ số đột biến "
                    + Wording.num(trend.burstScore()) + " (ngưỡng Khẩn " + Wording.num(config.urgentBurstScore())
                    + "): chỉ " + trend.negativeCount() + "/" + trend.count() + " bài tiêu cực, cần từ "
                    + Wording.percent(config.urgentMinNegativeShare())));
        }
        return signals;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
