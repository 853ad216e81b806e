package vn.tinradar.deploy.tip;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Tip;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.kafka.TopicReplica;

/**
 * The tips in Kafka: each change rewrites the tip's record in the compacted {@code tips} topic (key: tip id) and
 * returns once this instance's reader has read it back; a thread of its own follows the topic from the beginning,
 * with no consumer group, into the {@link TipBook}, so a tip pasted on one instance shows on all. A change another
 * instance's change to the same tip overtook is refused ({@link TipLog.StaleChange}); a record that does not
 * parse is logged and skipped.
 */
public final class KafkaTipLog implements TipLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaTipLog.class);

    private final Topic<String, Tip> topic;
    private final TipBook book;
    private final TopicReplica replica;

    public KafkaTipLog(Topics topics, Properties kafka, TipBook book) {
        this.topic = topics.tips;
        this.book = book;
        this.replica = new TopicReplica(List.of(topic.name()), kafka, topic.name(), this::apply);
    }

    /** Reads the topic up to its current end, then keeps following it in the background. */
    public KafkaTipLog start(Duration restoreTimeout) {
        replica.start(restoreTimeout, "the tips");
        LOG.info("event=tips_restored tips={}", book.all().size());
        return this;
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        try {
            book.put(r.key(), r.value() == null ? null : topic.valueSerde().deserializer().deserialize(r.topic(), r.value()));
        } catch (RuntimeException e) {
            LOG.warn("event=tip_record_skipped partition={} offset={} key={} error=\"{}\"", r.partition(), r.offset(),
                    r.key(), e.getMessage());
        }
    }

    @Override
    public void write(Tip tip) {
        replica.writeAndReadBack(topic.name(), tip.id(), bytes(tip), "the change to tip " + tip.id());
        Tip held = book.get(tip.id()).orElse(null);
        if (held != null && held.history().equals(tip.history())) {
            return;
        }
        LOG.info("event=tip_change_refused id={} reason=stale", tip.id());
        if (held != null) {
            // compaction keeps a key's last record only: it must be the state every reader took
            replica.write(topic.name(), tip.id(), bytes(held), "the current state of tip " + tip.id());
        }
        throw new StaleChange(tip.id());
    }

    private byte[] bytes(Tip tip) {
        return topic.valueSerde().serializer().serialize(topic.name(), tip);
    }

    @Override
    public void close() {
        replica.close();
    }
}
