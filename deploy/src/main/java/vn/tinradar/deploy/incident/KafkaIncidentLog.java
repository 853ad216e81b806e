package vn.tinradar.deploy.incident;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.kafka.TopicReplica;

/**
 * The incidents in Kafka: each change rewrites the incident's record in the compacted {@code incidents} topic
 * (key: incident id), waits for the broker's acknowledgement and then for this instance's reader to reach it; a
 * thread of its own reads the topic from the beginning, with no consumer group, into the {@link IncidentBook}, so an
 * incident opened on one instance shows on all. When the book did not take the record (another instance's change
 * to the same incident came first in the topic), the write is refused with {@link IncidentLog.StaleChange}. A
 * record that does not parse is logged once and skipped.
 */
public final class KafkaIncidentLog implements IncidentLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIncidentLog.class);

    private final Topics topics;
    private final IncidentBook book;
    private final TopicReplica replica;

    public KafkaIncidentLog(Topics topics, Properties kafka, IncidentBook book) {
        this.topics = topics;
        this.book = book;
        this.replica = new TopicReplica(List.of(topics.incidents.name()), kafka, topics.incidents.name(), this::apply);
    }

    /** Reads the topic up to its current end, then keeps following it in the background. */
    public KafkaIncidentLog start(Duration restoreTimeout) {
        replica.start(restoreTimeout, "the incidents");
        LOG.info("event=incidents_restored incidents={}", book.all().size());
        return this;
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        try {
            book.put(r.key(), r.value() == null ? null
                    : topics.incidents.valueSerde().deserializer().deserialize(r.topic(), r.value()));
        } catch (RuntimeException e) {
            LOG.warn("event=incident_record_skipped topic={} partition={} offset={} key={} error=\"{}\"", r.topic(),
                    r.partition(), r.offset(), r.key(), e.getMessage());
        }
    }

    @Override
    public void write(Incident incident) {
        byte[] json = topics.incidents.valueSerde().serializer().serialize(topics.incidents.name(), incident);
        replica.writeAndReadBack(topics.incidents.name(), incident.id(), json,
                "the change to incident " + incident.id());
        // the book now holds every record up to this one: it holds this one unless another writer came first
        Incident held = book.get(incident.id()).orElse(null);
        if (held == null || !held.changes().equals(incident.changes())) {
            LOG.info("event=incident-change-refused id={} reason=stale changes={}", incident.id(),
                    incident.changes().size());
            if (held != null) {
                // compaction keeps only a key's last record: it must be the state readers took, not the refused one
                replica.write(topics.incidents.name(), incident.id(), topics.incidents.valueSerde().serializer()
                        .serialize(topics.incidents.name(), held), "the current state of incident " + incident.id());
            }
            throw new StaleChange(incident.id());
        }
    }

    @Override
    public void close() {
        replica.close();
    }
}
