package vn.tinradar.alerts.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.JsonSerde;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * The alert rules as a Kafka Streams topology.
 *
 * <pre>
 * trends (String kind:key → Trend)
 *   ─► topic-burst, negative-surge ─┬► repartition trend-findings (group key: story, else topic/place)
 * stories ─► story-spread ──────────┘
 *        [alerts-trend-latest: each group's latest trend, re-checked every 10 s: a finding whose samples turned
 *         out to be one story moves to that story's group, and the old group's alert is resolved]
 *        ─► grouping                                               [group store alerts-trend-groups]  ─┐
 * stories (String story id → Story)                                                                   │
 *   ─► debunked-claim, watch-list                                  [group store alerts-story-groups]  ─┤
 *   ─► stories naming a draft policy ─► repartition policy-mentions (policy id, 1 partition)          │
 *        ─► policy-negative (its stories of the last 7 days), policy-silent, on each mention and on  │
 *           the wall clock         [alerts-policy-coverage, alerts-policy-stories, alerts-policy-groups] ─┼►
 * ingest.health (String source id → SourceStatus, compacted)                                          │
 *   ─► source-health                                               [group store alerts-source-groups] ─┤
 * ingest.article-changes (String article id|revision → ArticleChange)                                 │
 *   ─► article-changed                                             [group store alerts-change-groups] ─┘
 *   alerts (String alert id → Alert, compacted)
 *   and, for every article of an alert (all but source-health) and of an incident (incidents topic):
 *   ingest.watch (String article id|origin → WatchRequest, compacted): ingest re-checks them after publication
 * articles.scored ─► global store alerts-scored-articles (titles, links and stories of a trend's sample articles)
 * stories.merges ─► global store alerts-story-merges (absorbed story id → the story it is part of now)
 * </pre>
 * Group stores keep the latest alert per group for as long as the group exists (one small record per story,
 * topic-and-place, policy or source). Records that cannot be read are skipped by the deserialization handler the
 * service sets.
 */
public final class AlertsTopology {

    public static final String TREND_GROUPS_STORE = "alerts-trend-groups";
    public static final String STORY_GROUPS_STORE = "alerts-story-groups";
    public static final String SCORED_ARTICLES_STORE = "alerts-scored-articles";
    /** Global copy of the {@code policies} topic: the draft policies staff entered in the dashboard. */
    public static final String POLICIES_STORE = "alerts-policies";
    public static final String STORY_MERGES_STORE = "alerts-story-merges";
    /** Global store of the alerts topic as it is: which stories already have their own alert (RaisedStories). */
    public static final String RAISED_ALERTS_STORE = "alerts-raised";
    public static final String SOURCE_GROUPS_STORE = "alerts-source-groups";
    public static final String POLICY_COVERAGE_STORE = "alerts-policy-coverage";
    public static final String POLICY_STORIES_STORE = "alerts-policy-stories";
    public static final String POLICY_GROUPS_STORE = "alerts-policy-groups";
    /** One alert per watched article edited or taken down after publication. */
    public static final String CHANGE_GROUPS_STORE = "alerts-change-groups";
    /** Repartition topic of trend findings by group key: {@code <application id>-trend-findings-repartition}. */
    public static final String TREND_FINDINGS = "trend-findings";
    /** Repartition topic of policy mentions: {@code <application id>-policy-mentions-repartition}. */
    public static final String POLICY_MENTIONS = "policy-mentions";

    private AlertsTopology() {
    }

    /** Adds the rules, with a fixed configuration, to {@code builder}. */
    public static void build(StreamsBuilder builder, Topics topics, AlertsConfig config, Consumer<Alert> onNewAlert) {
        build(builder, topics, () -> config, onNewAlert);
    }

    /**
     * Adds the rules to {@code builder}; rules and thresholds follow {@code config} as it changes (hot reload),
     * while whether articles.scored is read is fixed when the topology is built.
     *
     * @param onNewAlert called once per new alert (revision 1), for the fired counter
     */
    public static void build(StreamsBuilder builder, Topics topics, Supplier<AlertsConfig> config,
                             Consumer<Alert> onNewAlert) {
        JsonSerde<AlertGrouping.GroupState> stateSerde = new JsonSerde<>(AlertGrouping.GroupState.class);
        boolean useScored = config.get().useScoredArticles();

        if (useScored) {
            // every instance needs every article's title and link, whatever partition its trend came from
            addTopicCopy(builder, SCORED_ARTICLES_STORE, topics.articlesScored, "scored-articles-source");
            // and which story an article's story was merged into since
            addTopicCopy(builder, STORY_MERGES_STORE, topics.storyMerges, "story-merges-source");
            // and which stories already have their own alert, whichever task raised it: a place or topic burst
            // whose samples those stories hold joins one of their alerts instead of firing alone
            addTopicCopy(builder, RAISED_ALERTS_STORE, topics.alerts, "raised-alerts-source");
        }

        // the draft policies staff entered in the dashboard, which the policy rules follow beside the settings' ones
        addTopicCopy(builder, POLICIES_STORE, topics.policies, "policies-source");

        // a public-concern topic bursting in a place; negative coverage surging
        builder.addStateStore(groupStore(TREND_GROUPS_STORE, stateSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TrendRulesProcessor.STORE),
                Serdes.String(), new JsonSerde<>(TrendRulesProcessor.LatestTrend.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TrendRulesProcessor.JOINED_STORE), Serdes.String(),
                new JsonSerde<>(TrendRulesProcessor.JoinedStory.class)));
        KStream<String, Story> stories = builder.stream(topics.stories.name(),
                topics.stories.consumed().withName("stories-source"));
        // a story spreading across sources is the same event as its bursts: its finding joins their group
        // and the live alerts of stories it absorbed move to it, or end there
        KStream<String, Finding> spreading = stories.process(() -> new StorySpreadProcessor(
                context -> new RuleSet(config, id -> Optional.empty()),
                context -> useScored ? raisedAlerts(context) : List::<Alert>of,
                context -> useScored ? storyMerges(context) : new StoryMerges(id -> null)),
                Named.as("story-spread-rule"));
        // the findings of one story come from the trends of all its places and topics: bring them together first
        toAlerts(builder.stream(topics.trends.name(), topics.trends.consumed().withName("trends-source"))
                .process(() -> new TrendRulesProcessor(
                        context -> new RuleSet(config, articleLookup(context, useScored),
                                raisedStories(context, useScored)),
                        context -> useScored ? new GroupAlerts(raisedAlerts(context)) : GroupAlerts.none()),
                        Named.as("trend-rules"), TrendRulesProcessor.STORE, TrendRulesProcessor.JOINED_STORE)
                .merge(spreading, Named.as("trend-and-spread-findings"))
                .repartition(Repartitioned.<String, Finding>as(TREND_FINDINGS).withKeySerde(Serdes.String())
                        .withValueSerde(new JsonSerde<>(Finding.class)))
                .process(() -> new GroupingProcessor<Finding>(TREND_GROUPS_STORE,
                        context -> new RuleSet(config, id -> Optional.empty()), (rules, finding) -> List.of(finding),
                        onNewAlert), Named.as("trend-grouping"), TREND_GROUPS_STORE), topics, "trend-alerts");

        // a story repeating a debunked claim; a story naming something on a watch-list
        builder.addStateStore(groupStore(STORY_GROUPS_STORE, stateSerde));
        toAlerts(stories.process(() -> new GroupingProcessor<Story>(STORY_GROUPS_STORE,
                        context -> new RuleSet(config, id -> Optional.empty()),
                        RuleSet::onStory, onNewAlert), Named.as("story-rules"), STORY_GROUPS_STORE), topics,
                "story-alerts");

        // a draft policy whose coverage turned negative, or that no story names any more, during its
        // consultation: all policies in one task
        JsonSerde<PolicyMention> mentionSerde = new JsonSerde<>(PolicyMention.class);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POLICY_COVERAGE_STORE),
                Serdes.String(), mentionSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POLICY_STORIES_STORE),
                Serdes.String(), mentionSerde));
        builder.addStateStore(groupStore(POLICY_GROUPS_STORE, stateSerde));
        toAlerts(stories.flatMap((id, story) -> PolicyMention.of(config.get().rules().draftPolicies(), id, story),
                        Named.as("policy-mentions-of-story"))
                .repartition(Repartitioned.<String, PolicyMention>as(POLICY_MENTIONS).withKeySerde(Serdes.String())
                        .withValueSerde(mentionSerde).withNumberOfPartitions(1))
                .process(() -> new PolicyCoverageProcessor(config, onNewAlert), Named.as("policy-coverage"),
                        POLICY_COVERAGE_STORE, POLICY_STORIES_STORE, POLICY_GROUPS_STORE), topics, "policy-alerts");

        // a source whose crawling fails or that has gone silent, resolved when it is ok again
        builder.addStateStore(groupStore(SOURCE_GROUPS_STORE, stateSerde));
        builder.stream(topics.sourceHealth.name(), topics.sourceHealth.consumed().withName("source-health-source"))
                .process(() -> new GroupingProcessor<SourceStatus>(SOURCE_GROUPS_STORE,
                        context -> new RuleSet(config, id -> Optional.empty()),
                        RuleSet::onSourceStatus, onNewAlert), Named.as("source-health-rules"), SOURCE_GROUPS_STORE)
                .to(topics.alerts.name(), topics.alerts.produced().withName("source-alerts"));

        // a watched article edited after publication or taken down, as ingest's re-checks found it
        builder.addStateStore(groupStore(CHANGE_GROUPS_STORE, stateSerde));
        toAlerts(builder.stream(topics.articleChanges.name(),
                        topics.articleChanges.consumed().withName("article-changes-source"))
                .process(() -> new GroupingProcessor<ArticleChange>(CHANGE_GROUPS_STORE,
                        context -> new RuleSet(config, id -> Optional.empty()),
                        RuleSet::onArticleChange, onNewAlert), Named.as("article-change-rules"), CHANGE_GROUPS_STORE),
                topics, "change-alerts");

        // the articles of an incident are re-checked while it is open, like those of an alert
        builder.stream(topics.incidents.name(), topics.incidents.consumed().withName("incidents-source"))
                .flatMap((id, incident) -> WatchRequests.of(incident), Named.as("incident-watch"))
                .to(topics.watch.name(), topics.watch.produced().withName("incident-watch-sink"));
    }

    /** Sends alerts to the alerts topic, and asks ingest to re-check their articles after publication. */
    private static void toAlerts(KStream<String, Alert> alerts, Topics topics, String name) {
        alerts.to(topics.alerts.name(), topics.alerts.produced().withName(name));
        alerts.flatMap((id, alert) -> WatchRequests.of(alert), Named.as(name + "-watch"))
                .to(topics.watch.name(), topics.watch.produced().withName(name + "-watch-sink"));
    }

    /**
     * The Streams settings of the alert service on top of the given client settings: application id
     * {@code <prefix>alerts}, exactly-once v2, state under {@code dataDir/streams-alerts}, unreadable records
     * logged and skipped.
     */
    public static Properties streamsProperties(Properties kafka, String topicPrefix, Path dataDir) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, (topicPrefix == null ? "" : topicPrefix) + "alerts");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // global stores handle processing errors like the rest (Kafka 5 default; without it Streams warns at start)
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("streams-alerts").toString());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                SkipUnreadableRecords.class.getName());
        p.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // each commit lets a trend finding cross the trend-findings repartition, then the alert reach the alerts
        // topic: two intervals of an alert's latency (docs/benchmarks.md, "Alert latency")
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return p;
    }

    /**
     * A global store holding {@code topic} as it is (the latest value per key), so restoring it by copying the topic
     * gives the same store.
     */
    private static <V> void addTopicCopy(StreamsBuilder builder, String storeName, Topic<String, V> topic,
                                         String sourceName) {
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(),
                        topic.valueSerde()).withLoggingDisabled(), topic.name(),
                Consumed.with(Serdes.String(), topic.valueSerde()).withName(sourceName),
                () -> new StoreUpdater<>(storeName));
    }

    private static StoreBuilder<KeyValueStore<String, AlertGrouping.GroupState>> groupStore(
            String name, JsonSerde<AlertGrouping.GroupState> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde);
    }

    /** Keeps a global store equal to its topic: the latest value per key, a tombstone deletes. */
    private static final class StoreUpdater<V> implements Processor<String, V, Void, Void> {

        private final String storeName;
        private KeyValueStore<String, V> store;

        StoreUpdater(String storeName) {
            this.storeName = storeName;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(storeName);
        }

        @Override
        public void process(Record<String, V> record) {
            if (record.value() == null) {
                store.delete(record.key());
            } else {
                store.put(record.key(), record.value());
            }
        }
    }

    /** The stories with a live alert of their own, read from the alerts topic's global store at each call. */
    private static Supplier<Set<String>> raisedStories(ProcessorContext<?, ?> context, boolean enabled) {
        if (!enabled) {
            return Set::of;
        }
        Supplier<List<Alert>> alerts = raisedAlerts(context);
        KeyValueStore<String, StoryMerge> merges = context.getStateStore(STORY_MERGES_STORE);
        StoryMerges current = new StoryMerges(id -> id == null ? null : merges.get(id));
        return () -> RaisedStories.of(alerts.get(), current);
    }

    /** Every alert as the alerts topic's global store holds it, read at each call. */
    private static Supplier<List<Alert>> raisedAlerts(ProcessorContext<?, ?> context) {
        KeyValueStore<String, Alert> alerts = context.getStateStore(RAISED_ALERTS_STORE);
        return () -> {
            List<Alert> all = new ArrayList<>();
            try (KeyValueIterator<String, Alert> it = alerts.all()) {
                it.forEachRemaining(kv -> all.add(kv.value));
            }
            return all;
        };
    }

    /** The story an absorbed story id is part of now, from the merges topic's global copy. */
    private static StoryMerges storyMerges(ProcessorContext<?, ?> context) {
        KeyValueStore<String, StoryMerge> merges = context.getStateStore(STORY_MERGES_STORE);
        return new StoryMerges(id -> id == null ? null : merges.get(id));
    }

    /** An article of articles.scored by id, its story resolved through the merges since it was clustered. */
    private static Function<String, Optional<ScoredArticle>> articleLookup(ProcessorContext<?, ?> context,
                                                                      boolean enabled) {
        if (!enabled) {
            return id -> Optional.empty();
        }
        KeyValueStore<String, ScoredArticle> store = context.getStateStore(SCORED_ARTICLES_STORE);
        KeyValueStore<String, StoryMerge> merges = context.getStateStore(STORY_MERGES_STORE);
        return new StoryMerges(id -> id == null ? null : merges.get(id)).resolving(
                id -> Optional.ofNullable(id == null ? null : store.get(id)).filter(s -> s.article() != null));
    }
}
