package vn.tinradar.alerts.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger kept in a compacted Kafka topic ({@code alerts.deliveries}): {@link #load} reads the topic to its
 * end before anything is sent, {@link #refresh} reads what other instances recorded since, and {@link #put} waits
 * for the broker's acknowledgement before the entry counts.
 */
public final class KafkaLedger extends MemoryLedger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaLedger.class);

    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(10);

    private final String topic;
    private final Properties kafka;
    private final KafkaProducer<String, String> producer;
    // kept open after the load so that a refresh reads only what is new
    private KafkaConsumer<String, String> reader;

    public KafkaLedger(String topic, Properties kafka) {
        this.topic = topic;
        this.kafka = kafka;
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // client ids carry the topic, hence the installation's prefix: two provinces on one cluster stay apart
        p.put(ProducerConfig.CLIENT_ID_CONFIG, topic + "-writer");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** Reads the whole topic; returns the number of entries. */
    public synchronized int load(Duration timeout) {
        if (reader == null) {
            reader = new KafkaConsumer<>(committedReader(kafka, topic + "-loader"), new StringDeserializer(),
                    new StringDeserializer());
            List<TopicPartition> partitions = reader.partitionsFor(topic, timeout).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            if (partitions.isEmpty()) {
                reader.close();
                reader = null;
                // reading nothing would forget every delivery and send them all again
                throw new IllegalStateException("ledger topic " + topic + " does not exist (yet)");
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
        }
        int count = readToEnd(timeout);
        LOG.info("event=ledger-loaded topic={} records={}", topic, count);
        return count;
    }

    /**
     * Reads what was recorded since the last {@link #load} or refresh, by this instance or another one, up to the
     * topic's present end; returns the number of entries read. Called before each send so that a delivery taken
     * over from another instance sees that instance's receipts. Throws when the brokers cannot be read within
     * {@code timeout}: an instance cut off from Kafka then sends nothing.
     */
    public synchronized int refresh(Duration timeout) {
        if (reader == null) {
            throw new IllegalStateException("ledger " + topic + " refreshed before it was loaded");
        }
        return readToEnd(timeout);
    }

    @Override
    public void refresh() {
        refresh(REFRESH_TIMEOUT);
    }

    private int readToEnd(Duration timeout) {
        int count = 0;
        java.util.Set<TopicPartition> partitions = reader.assignment();
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(tp -> reader.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ledger topic " + topic + " not read to its end within "
                        + timeout.toSeconds() + " s");
            }
            for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(200))) {
                restore(r.key(), r.value());
                count++;
            }
        }
        return count;
    }

    /**
     * Settings of a consumer that reads whole topics by itself (no group, no offsets committed), sees only
     * committed transactions, and never creates a missing topic with the broker's defaults.
     */
    public static Properties committedReader(Properties kafka, String clientId) {
        Properties c = new Properties();
        c.putAll(kafka);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return c;
    }

    @Override
    public void put(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot record " + key + " in " + topic + ": " + e.getMessage(), e);
        }
        super.put(key, value);
    }

    @Override
    public synchronized void close() {
        producer.close(Duration.ofSeconds(5));
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
