package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * Writes articles to {@code articles.raw}, dead letters to {@code ingest.rejected} and source statuses to
 * {@code ingest.health}, keyed by article id, URL and source id, with an idempotent {@code acks=all} producer. {@link #emit} waits for the broker's acknowledgement so
 * the crawler marks an article seen only once it is safely stored.
 */
public final class KafkaArticleSink implements ArticleSink {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleSink.class);

    private final Topic<String, Article> articles;
    private final Topic<String, Rejected> rejected;
    private final Topic<String, SourceStatus> health;
    private final Producer<String, byte[]> producer;
    private final Duration sendTimeout;
    private volatile boolean closed;

    public KafkaArticleSink(Topics topics, Properties kafka, Duration sendTimeout) {
        this.articles = topics.articlesRaw;
        this.rejected = topics.rejected;
        this.health = topics.sourceHealth;
        this.sendTimeout = sendTimeout;
        this.producer = new KafkaProducer<>(producerProperties(kafka, topics.prefix() + "ingest-articles"),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    public static Properties producerProperties(Properties kafka, String clientId) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "20");
        return p;
    }

    @Override
    public void emit(Article article) {
        byte[] value = articles.valueSerde().serializer().serialize(articles.name(), article);
        Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(articles.name(), article.id(), value));
        boolean interrupted = false;
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        try {
            while (true) {
                try {
                    sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return;
                } catch (InterruptedException e) {
                    // shutting down: the record is already with the producer and close() flushes it, so wait
                    // for the answer and let the caller mark it seen, or a restart would send it again
                    interrupted = true;
                } catch (ExecutionException | TimeoutException e) {
                    throw new SinkException("article " + article.id() + " not stored in " + articles.name() + ": "
                            + (e.getCause() == null ? e : e.getCause()), e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void reject(Rejected record) {
        sendWithoutWaiting(rejected, record.url(), record, "rejected-not-stored");
    }

    @Override
    public void status(SourceStatus status) {
        sendWithoutWaiting(health, status.sourceId(), status, "source-status-not-stored");
    }

    /** Sends and only logs a failure: the record is not worth holding up the crawl for. */
    private <V> void sendWithoutWaiting(Topic<String, V> topic, String key, V record, String failureEvent) {
        byte[] value = topic.valueSerde().serializer().serialize(topic.name(), record);
        producer.send(new ProducerRecord<>(topic.name(), key, value), (meta, error) -> {
            if (error != null) {
                LOG.warn("event={} key={} error=\"{}\"", failureEvent, key, error.toString());
            }
        });
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
