package vn.tinradar.alerts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.rules.AlertsTopology;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.event.WatchRequest;
import vn.tinradar.common.kafka.Topics;

/** The production rules topology and settings in a TopologyTestDriver, with its input and output topics. */
public final class RulesDriver implements AutoCloseable {

    public final Topics topics = Topics.withDefaultPrefix();
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, Trend> trends;
    public final TestInputTopic<String, Story> stories;
    public final TestInputTopic<String, ScoredArticle> scored;
    public final TestInputTopic<String, StoryMerge> merges;
    public final TestInputTopic<String, SourceStatus> sourceHealth;
    public final TestInputTopic<String, ArticleChange> articleChanges;
    public final TestInputTopic<String, Incident> incidents;
    public final TestOutputTopic<String, Alert> alerts;
    public final TestOutputTopic<String, WatchRequest> watch;
    private final Supplier<AlertsConfig> config;

    public RulesDriver(Supplier<AlertsConfig> config, Consumer<Alert> onNewAlert, Path stateDir) {
        this(config, onNewAlert, stateDir, Instant.now());
    }

    /** @param wallClock the driver's wall-clock time at start, for the rules checked on the wall clock */
    public RulesDriver(Supplier<AlertsConfig> config, Consumer<Alert> onNewAlert, Path stateDir, Instant wallClock) {
        this.config = config;
        StreamsBuilder builder = new StreamsBuilder();
        AlertsTopology.build(builder, topics, config, onNewAlert);
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(builder.build(),
                AlertsTopology.streamsProperties(kafka, topics.prefix(), stateDir), wallClock);
        trends = driver.createInputTopic(topics.trends.name(), topics.trends.keySerde().serializer(),
                topics.trends.valueSerde().serializer());
        stories = driver.createInputTopic(topics.stories.name(), topics.stories.keySerde().serializer(),
                topics.stories.valueSerde().serializer());
        scored = driver.createInputTopic(topics.articlesScored.name(), topics.articlesScored.keySerde().serializer(),
                topics.articlesScored.valueSerde().serializer());
        merges = driver.createInputTopic(topics.storyMerges.name(), topics.storyMerges.keySerde().serializer(),
                topics.storyMerges.valueSerde().serializer());
        sourceHealth = driver.createInputTopic(topics.sourceHealth.name(), topics.sourceHealth.keySerde().serializer(),
                topics.sourceHealth.valueSerde().serializer());
        articleChanges = driver.createInputTopic(topics.articleChanges.name(),
                topics.articleChanges.keySerde().serializer(), topics.articleChanges.valueSerde().serializer());
        incidents = driver.createInputTopic(topics.incidents.name(), topics.incidents.keySerde().serializer(),
                topics.incidents.valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts.name(), topics.alerts.keySerde().deserializer(),
                topics.alerts.valueSerde().deserializer());
        watch = driver.createOutputTopic(topics.watch.name(), topics.watch.keySerde().deserializer(),
                topics.watch.valueSerde().deserializer());
    }

    /**
     * Moves the wall clock past {@code wait-for-stories-seconds} and the re-check after it: a trend finding that no
     * story speaks for has raised its alert by then.
     */
    public void afterTheWaitForStories() {
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(config.get().waitForStoriesSeconds() + 10L));
    }

    /** Sends an edit or takedown keyed as ingest's re-checks key it (article id|revision). */
    public void change(ArticleChange c) {
        articleChanges.pipeInput(c.key(), c);
    }

    /** The watch requests written so far, by key (the latest per key, as compaction keeps them). */
    public java.util.Map<String, WatchRequest> watches() {
        return watch.readKeyValuesToMap();
    }

    /** Sends a trend keyed as analyze keys it ("kind:key"). */
    public void trend(Trend t) {
        trends.pipeInput(t.kind() + ":" + t.key(), t);
    }

    /** Sends a merge as analyze writes it: keyed by the absorbed story id. */
    public void merge(String absorbed, String into) {
        merges.pipeInput(absorbed, new StoryMerge(StoryMerge.VERSION, absorbed, into, Fixtures.T0));
    }

    public void story(Story s) {
        stories.pipeInput(s.id(), s);
    }

    /** The tombstone analyze writes for a story that is gone: merged into another, or re-clustered away. */
    public void storyGone(String storyId) {
        stories.pipeInput(storyId, (Story) null);
    }

    /** Sends a source's status keyed as ingest keys it (the source id). */
    public void source(SourceStatus s) {
        sourceHealth.pipeInput(s.sourceId(), s);
    }

    public List<Alert> newAlerts() {
        return alerts.readValuesToList();
    }

    /** {@code seen} brought up to date with the alerts written since: the latest revision of each alert id. */
    public Map<String, Alert> current(Map<String, Alert> seen) {
        newAlerts().forEach(a -> seen.put(a.id(), a));
        return seen;
    }

    /** The firing ones among {@code alerts}. */
    public static List<Alert> firing(Map<String, Alert> alerts) {
        return alerts.values().stream().filter(a -> a.status() == AlertStatus.FIRING).toList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
