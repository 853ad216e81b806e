package vn.tinradar.deploy.web.spokes;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.spokes.Directory;
import vn.tinradar.alerts.spokes.ResponseDesk;
import vn.tinradar.alerts.spokes.SpokesLog;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.kafka.TopicReplica;

/**
 * The spokesperson network in Kafka: agencies, spokespersons and requests each in a compacted topic
 * ({@code spokes.agencies}, {@code spokes.persons}, {@code spokes.requests}, keyed by id; a removal is a tombstone).
 * Writes wait for the broker's acknowledgement (a request's also for this instance to read it back); a thread
 * of its own reads the three topics from the beginning, with
 * no consumer group, into the {@link Directory} and the {@link ResponseDesk}, so a change on one instance shows on
 * all. A record that does not parse is logged once and skipped.
 */
public final class KafkaSpokesLog implements SpokesLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSpokesLog.class);

    private final Topics topics;
    private final Directory directory;
    private ResponseDesk desk;
    private final TopicReplica replica;

    public KafkaSpokesLog(Topics topics, Properties kafka, Directory directory) {
        this.topics = topics;
        this.directory = directory;
        this.replica = new TopicReplica(List.of(topics.agencies.name(), topics.spokespersons.name(),
                topics.responseRequests.name()), kafka, topics.agencies.name(), this::apply);
    }

    /** Reads the three topics up to their current end into {@code desk} and the directory, then keeps following. */
    public KafkaSpokesLog start(ResponseDesk desk, Duration restoreTimeout) {
        this.desk = desk;
        replica.start(restoreTimeout, "the spokesperson network");
        LOG.info("event=spokes_restored agencies={} persons={} requests={}", directory.agencies().size(),
                directory.persons().size(), desk.all().size());
        return this;
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        try {
            if (r.topic().equals(topics.agencies.name())) {
                directory.putAgency(r.key(), read(topics.agencies, r));
            } else if (r.topic().equals(topics.spokespersons.name())) {
                directory.putPerson(r.key(), read(topics.spokespersons, r));
            } else {
                desk.apply(r.key(), read(topics.responseRequests, r));
            }
        } catch (RuntimeException e) {
            LOG.warn("event=spokes_record_skipped topic={} partition={} offset={} key={} error=\"{}\"", r.topic(),
                    r.partition(), r.offset(), r.key(), e.getMessage());
        }
    }

    private static <V> V read(Topic<String, V> topic, ConsumerRecord<String, byte[]> r) {
        return r.value() == null ? null : topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
    }

    @Override
    public void putAgency(Agency agency) {
        write(topics.agencies, agency.id(), agency, "agency " + agency.id());
    }

    @Override
    public void removeAgency(String id) {
        write(topics.agencies, id, null, "removal of agency " + id);
    }

    @Override
    public void putPerson(Spokesperson person) {
        write(topics.spokespersons, person.id(), person, "spokesperson " + person.id());
    }

    @Override
    public void removePerson(String id) {
        write(topics.spokespersons, id, null, "removal of spokesperson " + id);
    }

    @Override
    public void putRequest(ResponseRequest request) {
        // read back before returning: the desk then knows whether another desk's reminder claim came first
        String what = "response request " + request.id();
        byte[] json = topics.responseRequests.valueSerde().serializer().serialize(topics.responseRequests.name(),
                request);
        try {
            replica.writeAndReadBack(topics.responseRequests.name(), request.id(), json, what);
        } catch (IllegalStateException e) {
            throw new NotStored(e.getMessage());
        }
    }

    private <V> void write(Topic<String, V> topic, String key, V value, String what) {
        byte[] json = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
        try {
            replica.write(topic.name(), key, json, what);
        } catch (IllegalStateException e) {
            throw new NotStored(e.getMessage());
        }
    }

    @Override
    public void close() {
        replica.close();
    }
}
