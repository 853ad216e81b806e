package vn.tinradar.deploy.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's copy of small compacted topics that every instance shares (accounts, signed-out sessions):
 * {@link #start} reads them from the beginning, with no consumer group, to their current end; a thread of its own
 * then follows them, handing each record to the owner; {@link #write} waits for the broker's acknowledgement.
 */
public final class TopicReplica implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicReplica.class);
    private static final long WRITE_TIMEOUT_MS = 10_000;
    private static final Duration WRITE_TIMEOUT = Duration.ofMillis(WRITE_TIMEOUT_MS);

    private final List<String> topics;
    private final Consumer<ConsumerRecord<String, byte[]>> apply;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread follower;
    /** The next offset to apply, per partition: how far the owner has seen each topic. */
    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /** @param clientId the prefix of the writer's and reader's client ids (the first topic's name, say) */
    public TopicReplica(List<String> topics, Properties kafka, String clientId,
                        Consumer<ConsumerRecord<String, byte[]>> apply) {
        this.topics = List.copyOf(topics);
        this.apply = apply;
        this.producer = new KafkaProducer<>(writerSettings(kafka, clientId), new StringSerializer(),
                new ByteArraySerializer());
        Properties c = new Properties();
        c.putAll(kafka);
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-reader");
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        this.follower = new Thread(this::follow, clientId + "-reader");
        follower.setDaemon(true);
    }

    /**
     * The writer's settings: every write acknowledged by all in-sync replicas, and given up by the producer within
     * the caller's wait ({@value #WRITE_TIMEOUT_MS} ms, or less when the settings ask for less). With Kafka's
     * default of 120 s a write the caller was told failed could still be stored later (issue 12: a second incident).
     * What this does not rule out: a request the broker already received and appends after the client gave up.
     */
    static Properties writerSettings(Properties kafka, String clientId) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-writer");
        long delivery = Math.min(WRITE_TIMEOUT_MS, millis(kafka, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) delivery);
        // Kafka refuses a delivery timeout below linger plus request timeout
        long request = Math.min(millis(kafka, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG), delivery);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) request);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Math.min(WRITE_TIMEOUT_MS,
                millis(kafka, ProducerConfig.MAX_BLOCK_MS_CONFIG)));
        return p;
    }

    private static long millis(Properties kafka, String key) {
        Object v = kafka.get(key);
        return v == null ? Long.MAX_VALUE : Long.parseLong(v.toString().strip());
    }

    /**
     * Reads every topic up to its current end, then keeps following them in the background.
     *
     * @param what what the topics hold, for the error when they cannot be read ("the accounts")
     */
    public void start(Duration restoreTimeout, String what) {
        List<TopicPartition> parts = new ArrayList<>();
        for (String t : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(t, restoreTimeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + t + " does not exist: " + what + " cannot be read");
            }
            infos.forEach(i -> parts.add(new TopicPartition(t, i.partition())));
        }
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts, restoreTimeout);
        long deadline = System.nanoTime() + restoreTimeout.toNanos();
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " not read from " + topics.get(0) + " within "
                        + restoreTimeout.toSeconds() + " s");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(this::applyAndNote);
        }
        follower.start();
    }

    /**
     * Stores one record and waits for the broker's acknowledgement; throws IllegalStateException naming
     * {@code what} when it was not stored.
     */
    public void write(String topic, String key, byte[] value, String what) {
        send(topic, key, value, what);
    }

    /**
     * Stores one record as {@link #write} does, then waits until this replica has handed it to the owner: every
     * record the topic held before it has been applied too, so the owner can tell whether a concurrent writer on
     * another instance came first. Throws IllegalStateException naming {@code what} when it was not stored or not
     * read back within the write timeout.
     */
    public void writeAndReadBack(String topic, String key, byte[] value, String what) {
        RecordMetadata stored = send(topic, key, value, what);
        TopicPartition tp = new TopicPartition(topic, stored.partition());
        long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
        synchronized (applied) {
            while (applied.getOrDefault(tp, 0L) <= stored.offset()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !running) {
                    throw new IllegalStateException(what + " was stored in " + topic + " but not read back within "
                            + WRITE_TIMEOUT.toSeconds() + " s");
                }
                try {
                    applied.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading back " + what);
                }
            }
        }
    }

    private RecordMetadata send(String topic, String key, byte[] value, String what) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value))
                    .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing " + what);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(what + " was not stored in " + topic + ": " + e);
        }
    }

    private void follow() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::applyAndNote);
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("event=topic_reader_stopped topics={} error=\"{}\"", topics, e.toString());
        } finally {
            consumer.close();
        }
    }

    private void applyAndNote(ConsumerRecord<String, byte[]> r) {
        apply.accept(r);
        synchronized (applied) {
            applied.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max);
            applied.notifyAll();
        }
    }

    @Override
    public void close() {
        running = false;
        if (follower.isAlive()) {
            consumer.wakeup();
            try {
                follower.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close();
        }
        producer.close();
    }
}
