package vn.tinradar.common.kafka;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes what staff manage (reviewed claims, saved searches, draft policies) to their compacted topics: one idempotent producer,
 * created on first use, every write acknowledged by the broker before it returns.
 */
public final class StaffWriter implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final Properties kafka;
    private final String clientId;
    private KafkaProducer<byte[], byte[]> producer;
    private boolean closed;

    /** {@code clientId} names the producer; it carries the installation's prefix. */
    public StaffWriter(Properties kafka, String clientId) {
        this.kafka = kafka;
        this.clientId = clientId;
    }

    /** Writes {@code value} under {@code key}; a null value is a tombstone (the key is deleted). */
    public <V> void write(Topic<String, V> topic, String key, V value) {
        byte[] k = topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] v = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
        try {
            producer().send(new ProducerRecord<>(topic.name(), k, v)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to " + topic.name() + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (closed) {
            throw new IllegalStateException("the staff record writer is closed");
        }
        if (producer == null) {
            Properties p = new Properties();
            p.putAll(kafka);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis() - 1000);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
