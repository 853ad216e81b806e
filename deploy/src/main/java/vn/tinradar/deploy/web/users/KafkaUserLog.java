package vn.tinradar.deploy.web.users;

import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * The managed accounts in Kafka: writes go to the compacted {@code users} (key: account name, value
 * {@link UserAccount}) and {@code users.audit} (key: change id, value {@link UserChange}) topics and wait for the
 * broker's acknowledgement; a thread of its own reads both topics from the beginning, with no consumer group, into
 * the {@link UserBook}, so an account added on one instance signs in on all. A record that does not parse is logged
 * once and skipped.
 */
public final class KafkaUserLog implements UserLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaUserLog.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final Topics topics;
    private final UserBook book;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    public KafkaUserLog(Topics topics, Properties kafka, UserBook book) {
        this.topics = topics;
        this.book = book;
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, topics.users.name() + "-writer");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        Properties c = new Properties();
        c.putAll(kafka);
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, topics.users.name() + "-reader");
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::follow, "users-reader");
        reader.setDaemon(true);
    }

    /** Reads both topics up to their current end, then keeps following them in the background. */
    public KafkaUserLog start(Duration restoreTimeout) {
        List<TopicPartition> parts = new ArrayList<>();
        for (Topic<String, ?> t : List.of(topics.users, topics.usersAudit)) {
            List<PartitionInfo> infos = consumer.partitionsFor(t.name(), restoreTimeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + t.name() + " does not exist: the accounts cannot be read");
            }
            infos.forEach(i -> parts.add(new TopicPartition(t.name(), i.partition())));
        }
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts, restoreTimeout);
        long deadline = System.nanoTime() + restoreTimeout.toNanos();
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("accounts not read from " + topics.users.name() + " within "
                        + restoreTimeout.toSeconds() + " s");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
        }
        LOG.info("event=users_restored accounts={}", book.all().size());
        reader.start();
        return this;
    }

    private void follow() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("event=users_reader_stopped error=\"{}\"", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        try {
            if (r.topic().equals(topics.users.name())) {
                book.put(r.key(), r.value() == null ? null
                        : topics.users.valueSerde().deserializer().deserialize(r.topic(), r.value()));
            } else if (r.value() != null) {
                book.record(topics.usersAudit.valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
        } catch (RuntimeException e) {
            LOG.warn("event=users_record_skipped topic={} partition={} offset={} key={} error=\"{}\"", r.topic(),
                    r.partition(), r.offset(), r.key(), e.getMessage());
        }
    }

    @Override
    public void write(UserAccount account, UserChange change) {
        byte[] accountJson = topics.users.valueSerde().serializer().serialize(topics.users.name(), account);
        byte[] changeJson = topics.usersAudit.valueSerde().serializer().serialize(topics.usersAudit.name(), change);
        send(topics.users.name(), account.name(), accountJson, "the change to " + account.name());
        send(topics.usersAudit.name(), change.id(), changeJson,
                "the audit entry of the change to " + account.name() + " (the change itself is stored)");
        // seen at once here; the reader applies the same records again when they come back, which changes nothing
        book.put(account.name(), account);
        book.record(change);
    }

    private void send(String topic, String key, byte[] value, String what) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotStored("interrupted while storing " + what);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotStored(what + " was not stored in " + topic + ": " + e);
        }
    }

    @Override
    public void close() {
        running = false;
        if (reader.isAlive()) {
            consumer.wakeup();
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(Duration.ofSeconds(5));
        }
        producer.close(Duration.ofSeconds(5));
    }
}
