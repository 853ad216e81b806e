package vn.tinradar.deploy.demo;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.rules.AlertsTopology;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.pipeline.AnalyzeTopology;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.text.VnTime;

/**
 * The demo's analysis and alert rules (the production topologies, each in a TopologyTestDriver) fed the demo corpus
 * in a given order, the way the crawler would bring it: an article arrives only once it is published, one every
 * {@link #STEP}, and analyze's outputs reach the rules right after each article.
 */
final class DemoPipeline implements AutoCloseable {

    /** The demo's "now": the corpus anchor, so that the burst is due in the first minute. */
    static final Instant START = DemoCorpus.ANCHOR;
    static final Duration STEP = Duration.ofMillis(400);

    private final Topics topics = Topics.withDefaultPrefix();
    private final Map<String, DemoSource> sources = DemoCorpus.bundled().sourcesById();
    private final Map<String, DemoArticle> byKey = DemoCorpus.bundled().articles().stream()
            .collect(java.util.stream.Collectors.toMap(DemoArticle::key, a -> a));
    private final TopologyTestDriver analyze;
    private final TopologyTestDriver alerts;
    private final TestInputTopic<String, byte[]> raw;
    private final TestOutputTopic<String, ScoredArticle> scoredOut;
    private final TestOutputTopic<String, Story> storiesOut;
    private final TestOutputTopic<String, StoryMerge> mergesOut;
    private final TestOutputTopic<String, Trend> trendsOut;
    private final TestOutputTopic<String, Alert> alertsOut;
    private final TestInputTopic<String, ScoredArticle> scoredIn;
    private final TestInputTopic<String, Story> storiesIn;
    private final TestInputTopic<String, StoryMerge> mergesIn;
    private final TestInputTopic<String, Trend> trendsIn;
    /** Latest value per key, as the compacted topics keep them. */
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, Alert> alertsById = new LinkedHashMap<>();
    private final Map<String, String> articleStory = new LinkedHashMap<>();
    private final Map<String, String> storyMerges = new LinkedHashMap<>();
    private final Map<String, DemoArticle> byId = new LinkedHashMap<>();
    private long analyzeNanos;
    private long alertsNanos;

    DemoPipeline(Path stateDir, ArticleScorer scorer) {
        Properties analyzeProps = new Properties();
        analyzeProps.put(StreamsConfig.APPLICATION_ID_CONFIG, "tinradar.analyze");
        analyzeProps.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        analyzeProps.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        analyzeProps.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("analyze").toString());
        analyzeProps.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        analyze = new TopologyTestDriver(AnalyzeTopology.build(analyzeProps, demoAnalyzeConfig(), topics, scorer,
                new AnalyzeMetrics(new SimpleMeterRegistry())), analyzeProps, START);
        raw = analyze.createInputTopic(topics.articlesRaw.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        scoredOut = analyze.createOutputTopic(topics.articlesScored.name(), Serdes.String().deserializer(),
                topics.articlesScored.valueSerde().deserializer());
        storiesOut = analyze.createOutputTopic(topics.stories.name(), Serdes.String().deserializer(),
                topics.stories.valueSerde().deserializer());
        mergesOut = analyze.createOutputTopic(topics.storyMerges.name(), Serdes.String().deserializer(),
                topics.storyMerges.valueSerde().deserializer());
        trendsOut = analyze.createOutputTopic(topics.trends.name(), Serdes.String().deserializer(),
                topics.trends.valueSerde().deserializer());

        StreamsBuilder builder = new StreamsBuilder();
        AlertsConfig alertsConfig = demoAlertsConfig();
        AlertsTopology.build(builder, topics, () -> alertsConfig, a -> { });
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "unused:9092");
        alerts = new TopologyTestDriver(builder.build(),
                AlertsTopology.streamsProperties(kafka, topics.prefix(), stateDir.resolve("alerts")), START);
        scoredIn = alerts.createInputTopic(topics.articlesScored.name(), Serdes.String().serializer(),
                topics.articlesScored.valueSerde().serializer());
        storiesIn = alerts.createInputTopic(topics.stories.name(), Serdes.String().serializer(),
                topics.stories.valueSerde().serializer());
        mergesIn = alerts.createInputTopic(topics.storyMerges.name(), Serdes.String().serializer(),
                topics.storyMerges.valueSerde().serializer());
        trendsIn = alerts.createInputTopic(topics.trends.name(), Serdes.String().serializer(),
                topics.trends.valueSerde().serializer());
        alertsOut = alerts.createOutputTopic(topics.alerts.name(), Serdes.String().deserializer(),
                topics.alerts.valueSerde().deserializer());
    }

    /** The demo's analyze settings: the defaults and the demo's own, as {@code run --demo} has them. */
    private static AnalyzeConfig demoAnalyzeConfig() {
        return AnalyzeConfig.from(ConfigDocument.parse("demo-analyze.yaml", DemoSite.ANALYZE_YAML)
                .overlay(ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE)));
    }

    /** The demo's alert settings: the defaults and the demo's draft policy, as {@code run --demo} has them. */
    private static AlertsConfig demoAlertsConfig() {
        LocalDate today = START.atZone(VnTime.ZONE).toLocalDate();
        return AlertsConfig.from(ConfigDocument.parse("demo-alerts.yaml", DemoSite.alertsYaml(today))
                .overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    /**
     * Crawls {@code order}: at each step the first article of the order already published arrives (the clock jumps
     * to the next publication when none is), then the rules see what analyze made of it and the wall clock moves on.
     */
    void crawl(List<DemoArticle> order) {
        List<DemoArticle> pending = new ArrayList<>(order);
        Instant clock = START;
        while (!pending.isEmpty()) {
            DemoArticle next = null;
            for (DemoArticle a : pending) {
                if (!published(a).isAfter(clock)) {
                    next = a;
                    break;
                }
            }
            if (next == null) {
                clock = pending.stream().map(this::published).min(Instant::compareTo).orElseThrow();
                continue;
            }
            pending.remove(next);
            send(next, clock);
            clock = clock.plus(STEP);
        }
        // the rules' wall-clock re-checks after the last article
        alerts.advanceWallClockTime(Duration.ofSeconds(30));
        readAlerts();
    }

    private Instant published(DemoArticle a) {
        return START.plusSeconds(a.offsetSeconds());
    }

    private void send(DemoArticle d, Instant arrival) {
        Article a = article(d, arrival);
        byId.put(a.id(), d);
        long t0 = System.nanoTime();
        try {
            raw.pipeInput(a.id(), Json.mapper().writeValueAsBytes(a), arrival);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long t1 = System.nanoTime();
        analyzeNanos += t1 - t0;
        // the rules read articles and merges before the stories and trends that name them
        for (TestRecord<String, ScoredArticle> r : scoredOut.readRecordsToList()) {
            articleStory.put(r.key(), r.value().storyId());
            scoredIn.pipeInput(r.key(), r.value(), arrival);
        }
        for (KeyValue<String, StoryMerge> kv : mergesOut.readKeyValuesToList()) {
            storyMerges.put(kv.key, kv.value.into());
            mergesIn.pipeInput(kv.key, kv.value, arrival);
        }
        for (KeyValue<String, Story> kv : storiesOut.readKeyValuesToList()) {
            if (kv.value == null) {
                stories.remove(kv.key);
            } else {
                stories.put(kv.key, kv.value);
            }
            storiesIn.pipeInput(kv.key, kv.value, arrival);
        }
        for (KeyValue<String, Trend> kv : trendsOut.readKeyValuesToList()) {
            trendsIn.pipeInput(kv.key, kv.value, arrival);
        }
        alerts.advanceWallClockTime(STEP);
        readAlerts();
        alertsNanos += System.nanoTime() - t1;
    }

    /** Milliseconds spent in the analysis and in the rules, for the test's report of its own cost. */
    String cost() {
        return "analyze " + analyzeNanos / 1_000_000 + " ms, rules " + alertsNanos / 1_000_000 + " ms";
    }

    private void readAlerts() {
        alertsOut.readValuesToList().forEach(a -> alertsById.put(a.id(), a));
    }

    /** An article as the crawler makes it of the demo page: id from the URL, lead as summary, paragraphs as text. */
    private Article article(DemoArticle d, Instant arrival) {
        DemoSource s = sources.get(d.source());
        if (s.feed().equals("telegram")) {
            return telegramMessage(d, s, arrival);
        }
        String url = "http://" + s.host() + "/" + d.slug();
        String text = String.join("\n", d.paragraphs());
        OffsetDateTime published = published(d).atZone(VnTime.ZONE).toOffsetDateTime();
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, s.id(), s.name(), s.tier(),
                d.title(), d.lead(), text, d.author(), d.section(), null, "vi", published, null, "page", arrival,
                ArticleIds.contentHash(d.title(), text), null, s.provinceOnly());
    }

    /**
     * A Telegram channel's message as the crawler makes it of the channel's preview: a post of the channel, at the
     * channel's own address, a forward being a share of the message it came from.
     */
    private Article telegramMessage(DemoArticle d, DemoSource s, Instant arrival) {
        String url = "https://t.me/" + s.id() + "/" + d.slug();
        DemoArticle original = d.copyOf() == null ? null : byKey.get(d.copyOf());
        boolean forward = original != null && sources.get(original.source()).feed().equals("telegram");
        SocialPost post = new SocialPost("telegram", s.id(), s.name(), d.slug(),
                forward ? SocialPost.SHARE : SocialPost.POST,
                forward ? "https://t.me/" + original.source() + "/" + original.slug() : null);
        String text = String.join("\n", d.paragraphs());
        OffsetDateTime published = published(d).atZone(VnTime.ZONE).toOffsetDateTime();
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, post.sourceId(), s.name(), s.tier(),
                d.title(), d.lead(), text, null, null, null, "vi", published, null, "feed", arrival,
                ArticleIds.contentHash(d.title(), text), new Engagement(d.likes(), d.comments(), d.shares()),
                s.provinceOnly(), post);
    }

    /** Each story of more than one article as the set of its articles' "source/slug", independent of story ids. */
    TreeSet<String> storyMembership() {
        Map<String, TreeSet<String>> members = new TreeMap<>();
        articleStory.forEach((articleId, storyId) -> members.computeIfAbsent(current(storyId), k -> new TreeSet<>())
                .add(byId.get(articleId).key()));
        TreeSet<String> out = new TreeSet<>();
        members.values().stream().filter(m -> m.size() > 1).forEach(m -> out.add(String.join(" + ", m)));
        return out;
    }

    private String current(String storyId) {
        String id = storyId;
        for (int hops = 0; storyMerges.containsKey(id) && hops < 100; hops++) {
            id = storyMerges.get(id);
        }
        return id;
    }

    /** A story named by its articles, not its id (which depends on which article came first): its first member. */
    String storyKey(String storyId) {
        String story = current(storyId);
        return articleStory.entrySet().stream().filter(e -> current(e.getValue()).equals(story))
                .map(e -> byId.get(e.getKey()).key()).sorted().findFirst().orElse(storyId);
    }

    /** Whether an article of the story (as it is now, after merges) has this headline. */
    boolean storyHasHeadline(String storyId, String headline) {
        String story = current(storyId);
        return articleStory.entrySet().stream().anyMatch(e -> current(e.getValue()).equals(story)
                && headline.equals(byId.get(e.getKey()).title()));
    }

    /** The alerts as the compacted topic holds them at the end. */
    List<Alert> alerts() {
        return List.copyOf(alertsById.values());
    }

    Map<String, Story> stories() {
        return stories;
    }

    /** The corpus's own name for the event of an article id, or null for ordinary news. */
    String eventOf(String articleId) {
        DemoArticle d = byId.get(articleId);
        return d == null ? null : d.story();
    }

    @Override
    public void close() {
        analyze.close();
        alerts.close();
    }
}
