package vn.tinradar.analyze;

import java.time.Duration;
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
import vn.tinradar.common.event.Article;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;

/** A real single-node KRaft broker in the test JVM with TinRadar's topics, for the analyze ITs. */
final class TestBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final Topics topics;

    /** Starts the broker and creates every topic of {@code topics} with {@code partitions} partitions. */
    TestBroker(Topics topics, int partitions) throws Exception {
        this.topics = topics;
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
            admin.createTopics(topics.all().stream()
                    .map(t -> new NewTopic(t.name(), partitions, (short) 1).configs(t.config())).toList()).all().get();
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Sends articles to articles.raw as ingest does (JSON bytes keyed by id), each acknowledged. */
    void send(List<Article> articles) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Article a : articles) {
                producer.send(new ProducerRecord<>(topics.articlesRaw.name(), a.id(),
                        Json.mapper().writeValueAsBytes(a))).get();
            }
        }
    }

    /** Waits up to 90 s for a condition; a store not open yet counts as "not yet". */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // not open yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
