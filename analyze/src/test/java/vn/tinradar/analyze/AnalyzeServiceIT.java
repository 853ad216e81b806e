package vn.tinradar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.landslide;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.search.SearchRequest;
import vn.tinradar.analyze.search.SearchResult;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;

/**
 * The analyze service on a real single-node KRaft broker: articles are scored, indexed in the Lucene state stores
 * of two partitions, searchable, clustered and counted; after a restart the index holds the same number of
 * distinct articles and a re-delivered article is not counted again. In-memory counterparts:
 * {@link AnalyzeTopologyTest}, {@link TrendsTopologyTest}.
 */
class AnalyzeServiceIT {

    private static final Topics TOPICS = new Topics("it.");
    private static KafkaClusterTestKit cluster;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = cluster.admin()) {
            // two partitions: two tasks, two Lucene shards that search must merge
            admin.createTopics(TOPICS.all().stream()
                    .map(t -> new NewTopic(t.name(), 2, (short) 1).configs(t.config())).toList()).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        cluster.close();
    }

    @Test
    void indexesSearchesAndKeepsTheSameCountAcrossARestart() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        List<Article> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(landslide(i, now.minusMinutes(30 - 4L * i)));
        }
        send(burst);
        send(List.of(burst.get(0))); // re-delivered by the crawler

        try (AnalyzeService service = service()) {
            service.start();
            await(() -> service.indexedCount() == 6, "6 articles indexed");
            SearchResult hits = service.search().search(SearchRequest.of("sat lo bao yen"));
            assertThat(hits.total()).isEqualTo(6);
            assertThat(hits.hits().get(0).snippet()).contains("<mark>");
            assertThat(service.article(burst.get(2).id())).get()
                    .satisfies(s -> assertThat(s.places()).isNotEmpty());
            await(() -> !service.stories(5).isEmpty(), "a story");
            await(() -> service.trends(10).stream().anyMatch(t -> t.kind().equals(Trend.TOPIC_PLACE)
                    && !t.backfill()), "a live topic-place burst");
        }

        send(List.of(burst.get(1))); // delivered again while analyze was down
        try (AnalyzeService restarted = service()) {
            restarted.start();
            await(() -> restarted.streams().state() == KafkaStreams.State.RUNNING, "running again");
            await(() -> restarted.indexedCount() == 6, "6 articles after restart");
            Thread.sleep(3000); // a few commit intervals: the re-delivery must not add a document
            assertThat(restarted.indexedCount()).isEqualTo(6);
            assertThat(restarted.search().search(SearchRequest.of("sạt lở")).total()).isEqualTo(6);
        }
    }

    private AnalyzeService service() {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", cluster.bootstrapServers());
        return new AnalyzeService(AnalyzeConfig.defaults(), TOPICS, kafka, dataDir, new KeywordTestScorer(),
                new SimpleMeterRegistry());
    }

    private static void send(List<Article> articles) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Article a : articles) {
                producer.send(new ProducerRecord<>(TOPICS.articlesRaw.name(), a.id(),
                        Json.mapper().writeValueAsBytes(a))).get();
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos(); // patient: a loaded 2-core machine
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // not open yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
