package vn.tinradar.ingest.recheck;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.ingest.crawl.KafkaArticleSink;
import vn.tinradar.ingest.crawl.KafkaCrawlStateStore;

/**
 * Where re-checks leave their traces: the state per article in {@code ingest.recheck} (read back at start), each
 * kept revision in {@code ingest.revisions} and each edit or takedown in {@code ingest.article-changes}.
 */
final class RecheckOutput implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecheckOutput.class);

    private final Topics topics;
    private final KafkaCrawlStateStore states;
    private final KafkaProducer<String, byte[]> producer;

    RecheckOutput(Topics topics, Properties kafka, Duration restoreTimeout) {
        this.topics = topics;
        this.states = new KafkaCrawlStateStore(topics.recheckState.name(), topics.prefix() + "ingest-recheck-state",
                kafka, restoreTimeout);
        this.producer = new KafkaProducer<>(KafkaArticleSink.producerProperties(kafka, topics.prefix()
                + "ingest-recheck"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Every article's state as last written, by article id; one that cannot be read is left out and logged. */
    Map<String, RecheckState> restore() {
        Map<String, RecheckState> out = new java.util.HashMap<>();
        states.readAll().forEach((id, json) -> {
            try {
                out.put(id, Json.mapper().readValue(json, RecheckState.class));
            } catch (Exception e) {
                LOG.warn("event=recheck-state-unreadable article={} error=\"{}\"", id, e.getMessage());
            }
        });
        return out;
    }

    void write(CheckResult result) {
        RecheckState state = result.state();
        try {
            states.write(state.articleId(), Json.mapper().writeValueAsString(state));
        } catch (Exception e) {
            throw new IllegalStateException("re-check state of " + state.articleId() + " not serialisable", e);
        }
        if (result.revision() != null) {
            send(topics.revisions.name(), result.revision().key(),
                    topics.revisions.valueSerde().serializer().serialize(topics.revisions.name(), result.revision()));
        }
        if (result.change() != null) {
            send(topics.articleChanges.name(), result.change().key(), topics.articleChanges.valueSerde().serializer()
                    .serialize(topics.articleChanges.name(), result.change()));
        }
    }

    private void send(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value), (meta, error) -> {
            if (error != null) {
                LOG.warn("event=recheck-not-stored topic={} key={} error=\"{}\"", topic, key, error.toString());
            }
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        states.close();
    }
}
