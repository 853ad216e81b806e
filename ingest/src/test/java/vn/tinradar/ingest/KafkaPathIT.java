package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * The crawler against a real single-node KRaft broker: articles land in {@code articles.raw} keyed by id, and a
 * second service instance, restoring {@code ingest.state}, sends only what is new. In-memory twin:
 * {@link IngestServiceTest}.
 */
class KafkaPathIT {

    private static KafkaClusterTestKit cluster;
    /** The service runs on the real clock here, so the feed's items must be recent whenever the test runs. */
    private static final String NOW_RFC_1123 = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
            .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.ofHours(7)).minusMinutes(30));
    private static final Topics TOPICS = new Topics("it.");

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            List<NewTopic> topics = new ArrayList<>();
            for (Topic<String, ?> t : TOPICS.all()) {
                topics.add(new NewTopic(t.name(), 2, (short) 1).configs(t.config()));
            }
            admin.createTopics(topics).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        cluster.close();
    }

    private Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        return p;
    }

    private static String feed(LocalSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>Tin ").append(path).append("</title><link>").append(site.url(path))
                    .append("</link><pubDate>").append(NOW_RFC_1123).append("</pubDate></item>");
        }
        return "<rss version=\"2.0\"><channel><title>Báo Lào Cai</title>" + items + "</channel></rss>";
    }

    private static String page(String title) {
        return "<html><body><h1>" + title + "</h1><p>Người dân xã Bát Xát được hỗ trợ di dời khỏi vùng nguy cơ sạt lở cao.</p></body></html>";
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = kafka();
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void restartedServiceSendsOnlyNewArticles() throws Exception {
        try (LocalSite site = new LocalSite()) {
            site.serve("/bai/1.html", "text/html", page("Bát Xát di dời 12 hộ dân khỏi vùng sạt lở"));
            site.serve("/bai/2.html", "text/html", page("Lào Cai hỗ trợ khẩn cấp cho hộ bị thiệt hại"));
            site.serve("/bai/3.html", "text/html", page("Thông tuyến đường liên xã Bát Xát – Y Tý"));
            site.serve("/rss.xml", "application/rss+xml", feed(site, "/bai/1.html", "/bai/2.html"));
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: baolaocai
                        name: Báo Lào Cai
                        tier: provincial-press
                        allow-private-network: true
                        poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                        feeds:
                          - {url: "%s", kind: rss}
                    """.formatted(site.url("/rss.xml")));

            try (IngestService first = new IngestService(TestConfigs.fast(), registry, TOPICS, kafka(), new SimpleMeterRegistry())) {
                first.start();
                Await.until(() -> readAll(TOPICS.articlesRaw.name()).size() == 2, Duration.ofSeconds(60));
            }
            site.serve("/rss.xml", "application/rss+xml", feed(site, "/bai/3.html", "/bai/1.html", "/bai/2.html"));
            long polls = site.count("/rss.xml");
            try (IngestService second = new IngestService(TestConfigs.fast(), registry, TOPICS, kafka(), new SimpleMeterRegistry())) {
                second.start();
                Await.until(() -> readAll(TOPICS.articlesRaw.name()).size() >= 3 && site.count("/rss.xml") >= polls + 2,
                        Duration.ofSeconds(60));
            }

            List<ConsumerRecord<String, String>> articles = readAll(TOPICS.articlesRaw.name());
            assertThat(articles).hasSize(3);
            assertThat(articles).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
            assertThat(articles).allSatisfy(r -> assertThat(r.value()).contains("\"sourceId\":\"baolaocai\""));
            assertThat(readAll(TOPICS.crawlState.name())).extracting(ConsumerRecord::key)
                    .anyMatch(k -> k.startsWith("seen/baolaocai/")).anyMatch(k -> k.startsWith("feed/baolaocai/"));
        }
    }
}
