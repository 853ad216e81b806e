package vn.tinradar.common.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * A real single-node KRaft broker in this JVM with every TinRadar topic created (compacted where
 * {@link Topics} says so), for the {@code *IT} classes of every module (common's test jar). Most classes borrow
 * the JVM's one broker through {@link SharedBroker}; a class that stops, secures or restarts its broker starts
 * its own here.
 */
public final class TestBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final Topics topics;
    /** Who may create topics under which prefix, for a broker shared between classes; null for an own broker. */
    private final PrefixClaims claims;
    private final String borrower;
    private boolean closed;

    private TestBroker(KafkaClusterTestKit cluster, Topics topics, PrefixClaims claims, String borrower) {
        this.cluster = cluster;
        this.topics = topics;
        this.claims = claims;
        this.borrower = borrower;
    }

    /** Starts a broker of the caller's own and creates {@code topics} with {@code partitions} each. */
    public static TestBroker start(Topics topics, int partitions) throws Exception {
        return start(topics, partitions, Map.of());
    }

    /** As {@link #start(Topics, int)}, with broker settings of the test's own on top of the ones below. */
    public static TestBroker start(Topics topics, int partitions, Map<String, String> brokerConfig) throws Exception {
        TestBroker broker = new TestBroker(startCluster(brokerConfig), topics, null, null);
        broker.createTopics(topics, partitions);
        return broker;
    }

    /** The broker {@link SharedBroker} keeps for the whole JVM: no topics yet, every prefix to be claimed. */
    static TestBroker startShared() throws Exception {
        return new TestBroker(startCluster(Map.of()), null, new PrefixClaims(), null);
    }

    /** This shared broker as one test class sees it: its {@code topics} for {@link #sendArticles}, its prefixes. */
    TestBroker lentTo(String testClass, Topics topics) {
        return new TestBroker(cluster, topics, claims, testClass);
    }

    private static KafkaClusterTestKit startCluster(Map<String, String> brokerConfig) throws Exception {
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // one node: every internal topic must make do with one replica, or transactions hang
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152");
        brokerConfig.forEach(builder::setConfigProp);
        KafkaClusterTestKit cluster = builder.build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    /**
     * Creates every topic of {@code topics} (another prefix gives a test topics of its own) and waits until each
     * partition has a leader: createTopics returns before every broker's metadata knows them, and a Streams app
     * started in that gap fails ("no partitions available ... when initializing global store").
     */
    public void createTopics(Topics topics, int partitions) throws Exception {
        if (claims != null) {
            claims.claim(topics.prefix(), borrower);
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            List<NewTopic> created = new ArrayList<>();
            for (Topic<String, ?> t : topics.all()) {
                created.add(new NewTopic(t.name(), partitions, (short) 1).configs(t.config()));
            }
            admin.createTopics(created).all().get();
            List<String> names = created.stream().map(NewTopic::name).toList();
            await(() -> {
                try {
                    return admin.describeTopics(names).allTopicNames().get().values().stream()
                            .allMatch(d -> d.partitions().size() == partitions
                                    && d.partitions().stream().allMatch(p -> p.leader() != null));
                } catch (Exception e) {
                    return false;
                }
            }, "leaders for the partitions of " + names.size() + " new topics");
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Sends articles to articles.raw as ingest does (JSON bytes keyed by id), each acknowledged. */
    public void sendArticles(List<Article> articles) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (Article a : articles) {
                producer.send(new ProducerRecord<>(topics.articlesRaw.name(), a.id(),
                        Json.mapper().writeValueAsBytes(a))).get();
            }
        }
    }

    /** Waits up to 90 s for a condition; a store not open yet (IllegalStateException) counts as "not yet". */
    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
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

    /**
     * Waits until consumer group {@code group} (a Streams application id) has committed every record {@code topic}
     * holds now: everything sent before the call has been processed, so a test can check what did not happen
     * without sleeping "a few commit intervals".
     */
    public void awaitCommitted(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicPartitionInfo p : admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions()) {
                latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            await(() -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    return end.entrySet().stream().allMatch(e -> e.getValue() == 0 || committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() >= e.getValue());
                } catch (Exception e) {
                    return false;
                }
            }, group + " to commit every record of " + topic);
        }
    }

    /** Client properties pointing at this broker. */
    public Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        return p;
    }

    /** Every record of {@code topic} up to its current end, as strings, in partition order. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(kafka(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Stops the broker's listener as an outage would, keeping its data and its port (the test kit binds the port
     * once) for {@link #startAgain}; only on a broker of the caller's own.
     */
    public void stopServing() {
        requireOwn("stop");
        cluster.brokers().values().forEach(b -> {
            b.shutdown();
            b.awaitShutdown();
        });
    }

    /** Starts the broker stopped by {@link #stopServing} again, on the same port and data, and waits until it serves. */
    public void startAgain() throws Exception {
        requireOwn("restart");
        cluster.brokers().values().forEach(b -> b.startup());
        cluster.waitForReadyBrokers();
    }

    private void requireOwn(String what) {
        if (claims != null) {
            throw new IllegalStateException("cannot " + what + " the broker shared with the other test classes of"
                    + " this JVM: start one of the class's own with TestBroker.start");
        }
    }

    /**
     * Stops the broker; a second call does nothing (the test kit throws when closed twice). A class that borrowed
     * the shared broker may not stop it under the classes that run after it.
     */
    @Override
    public synchronized void close() throws Exception {
        if (borrower != null) {
            throw new IllegalStateException(borrower + " closed the broker it shares with the other test classes of"
                    + " this JVM; SharedBroker closes it after the last of them (drop the close call)");
        }
        if (!closed) {
            closed = true;
            cluster.close();
        }
    }
}
