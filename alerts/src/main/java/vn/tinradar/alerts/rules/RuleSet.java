package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;

/**
 * The rules as currently configured. It follows its config supplier, rebuilding the rules when the config
 * object changes, so rules and thresholds reload without restarting the Streams app (the group stores and the
 * alert ids stay as they are).
 */
final class RuleSet {

    private record Built(AlertsConfig config, TopicBurstRule burst, NegativeSurgeRule negative,
                         StorySpreadRule spread, DebunkedClaimRule debunked, WatchListRule watch, SourceHealthRule sourceHealth, ArticleChangeRule articleChange,
                         AlertGrouping grouping) {
    }

    private final Supplier<AlertsConfig> config;
    private final Function<String, Optional<ScoredArticle>> articles;
    private final Supplier<Set<String>> raisedStories;
    private volatile Built built;

    RuleSet(Supplier<AlertsConfig> config, Function<String, Optional<ScoredArticle>> articles) {
        this(config, articles, Set::of);
    }

    /** @param raisedStories the stories that already have their own live alert, as known now (RaisedStories) */
    RuleSet(Supplier<AlertsConfig> config, Function<String, Optional<ScoredArticle>> articles,
            Supplier<Set<String>> raisedStories) {
        this.config = config;
        this.articles = articles;
        this.raisedStories = raisedStories;
    }

    /** topic-burst and negative-surge, on a trend. */
    List<Finding> onTrend(Trend trend) {
        return onTrend(trend, group -> Optional.empty());
    }

    /** topic-burst and negative-surge, on a trend, knowing which story each group was found to be about. */
    List<Finding> onTrend(Trend trend, Function<String, Optional<String>> joined) {
        Built b = current();
        Set<String> raised = raisedStories.get();
        return Stream.concat(b.burst().evaluate(trend, joined, raised).stream(),
                b.negative().evaluate(trend, joined, raised).stream()).toList();
    }

    /** Debunked claims and the watch-lists, on a story (draft policies: PolicyCoverageProcessor). */
    List<Finding> onStory(Story story) {
        Built b = current();
        return Stream.of(b.debunked().evaluate(story).stream(),
                b.watch().evaluate(story).stream()).flatMap(s -> s).toList();
    }

    /** story-spread, on a story: grouped with the story's trend findings. */
    List<Finding> onStorySpread(Story story) {
        return current().spread().evaluate(story).stream().toList();
    }

    /** source-health, on a source's status. */
    List<Finding> onSourceStatus(SourceStatus status) {
        return current().sourceHealth().evaluate(status).stream().toList();
    }

    /** article-changed, on an edit or takedown found by ingest's re-checks. */
    List<Finding> onArticleChange(ArticleChange change) {
        return current().articleChange().evaluate(change).stream().toList();
    }

    /**
     * The group a trend rule's finding on {@code trend} has when no story speaks for it (its topic and place), which
     * the joined-story lookups are keyed by; null for a rule that is not a trend rule.
     */
    String ownGroup(String rule, Trend trend) {
        return switch (rule) {
            case TopicBurstRule.NAME -> TopicBurstRule.ownGroup(trend);
            case NegativeSurgeRule.NAME -> current().negative().ownGroup(trend);
            default -> null;
        };
    }

    /**
     * True when {@code rule}'s finding on {@code trend} joins a raised story's alert only because that story ties with
     * another raised story for the most samples ({@link TrendSamples#coverageTied}): the finding is about one of two
     * events, not yet known which.
     */
    boolean joinsOnATie(String rule, Trend trend, Function<String, Optional<String>> joined) {
        String own = ownGroup(rule, trend);
        return own != null && TrendSamples.of(trend, articles, joined.apply(own), raisedStories.get(),
                NegativeSurgeRule.NAME.equals(rule)).coverageTied();
    }

    /** A trend's sample articles as the trend rules see them now. */
    TrendSamples samples(Trend trend, Optional<String> joinedStory) {
        return TrendSamples.of(trend, articles, joinedStory, raisedStories.get());
    }

    /** How long a quiet group lasts before its next finding starts a fresh alert. */
    int regroupAfterHours() {
        return current().config().regroupAfterHours();
    }

    /**
     * How long a trend finding that no story speaks for waits for the stories before raising an alert of its own; 0
     * when articles.scored is not read, as no story will ever speak for it then.
     */
    int waitForStoriesSeconds() {
        AlertsConfig c = current().config();
        return c.useScoredArticles() ? c.waitForStoriesSeconds() : 0;
    }

    AlertGrouping grouping() {
        return current().grouping();
    }

    private Built current() {
        AlertsConfig c = config.get();
        Built b = built;
        if (b == null || b.config() != c) {
            var topics = c.rules().topicBurst().publicConcernTopics();
            b = new Built(c, new TopicBurstRule(c.rules().topicBurst(), articles),
                    new NegativeSurgeRule(c.rules().negativeSurge(), topics, articles),
                    new StorySpreadRule(c.rules().storySpread(), topics),
                    new DebunkedClaimRule(c.rules().debunkedClaims()),
                    new WatchListRule(c.rules().watchLists()),
                    new SourceHealthRule(c.rules().sourceHealth()),
                    new ArticleChangeRule(),
                    new AlertGrouping(c.maxArticlesPerAlert(), Duration.ofHours(c.regroupAfterHours())));
            built = b;
        }
        return b;
    }
}
