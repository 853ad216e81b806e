package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Topics;

/**
 * Crawl state in the compacted {@code ingest.state} topic (String → JSON). {@link #readAll} reads every
 * partition from the beginning to the end offsets taken at start, with a plain consumer (no group); writes go
 * through an idempotent producer and are flushed on close.
 */
public final class KafkaCrawlStateStore implements CrawlStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCrawlStateStore.class);

    private final String topic;
    private final Properties kafka;
    private final Duration restoreTimeout;
    private final Producer<String, String> producer;
    private volatile boolean closed;

    public KafkaCrawlStateStore(Topics topics, Properties kafka, Duration restoreTimeout) {
        this(topics.crawlState.name(), topics.prefix() + "ingest-state", kafka, restoreTimeout);
    }

    /** The same over another compacted String → JSON topic (the re-check state, {@code ingest.recheck}). */
    public KafkaCrawlStateStore(String topic, String clientId, Properties kafka, Duration restoreTimeout) {
        this.topic = topic;
        this.kafka = kafka;
        this.restoreTimeout = restoreTimeout;
        this.producer = new KafkaProducer<>(KafkaArticleSink.producerProperties(kafka, clientId),
                new StringSerializer(), new StringSerializer());
    }

    @Override
    public Map<String, String> readAll() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, topic + "-restore");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // asking for a missing topic must not create it uncompacted; deploy creates it with cleanup.policy=compact
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        Map<String, String> state = new HashMap<>();
        Instant deadline = Instant.now().plus(restoreTimeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, restoreTimeout);
            if (infos == null || infos.isEmpty()) {
                LOG.warn("event=crawl-state-missing topic={} note=\"starting with empty state\"", topic);
                return state;
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, restoreTimeout);
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    LOG.warn("event=crawl-state-partial topic={} keys={} note=\"restore timed out\"", topic, state.size());
                    break;
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        state.remove(r.key());
                    } else if (r.key() != null) {
                        state.put(r.key(), r.value());
                    }
                }
            }
        } catch (TimeoutException e) {
            LOG.warn("event=crawl-state-unreachable topic={} error=\"{}\"", topic, e.getMessage());
        }
        return state;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(String key, String json) {
        producer.send(new ProducerRecord<>(topic, key, json), (meta, error) -> {
            if (error != null) {
                LOG.warn("event=crawl-state-not-stored key={} error=\"{}\"", key, error.toString());
            }
        });
    }

    @Override
    public void delete(String key) {
        write(key, null);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        producer.close(Duration.ofSeconds(10));
    }
}
