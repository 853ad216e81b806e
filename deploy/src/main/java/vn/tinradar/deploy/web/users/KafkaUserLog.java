package vn.tinradar.deploy.web.users;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.kafka.TopicReplica;

/**
 * The managed accounts in Kafka: writes go to the compacted {@code users} (key: account name, value
 * {@link UserAccount}) and {@code users.audit} (key: change id, value {@link UserChange}) topics and wait for the
 * broker's acknowledgement; a thread of its own reads both topics from the beginning, with no consumer group, into
 * the {@link UserBook}, so an account added on one instance signs in on all. A record that does not parse is logged
 * once and skipped.
 */
public final class KafkaUserLog implements UserLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaUserLog.class);

    private final Topics topics;
    private final UserBook book;
    private final TopicReplica replica;

    public KafkaUserLog(Topics topics, Properties kafka, UserBook book) {
        this.topics = topics;
        this.book = book;
        this.replica = new TopicReplica(List.of(topics.users.name(), topics.usersAudit.name()), kafka,
                topics.users.name(), this::apply);
    }

    /** Reads both topics up to their current end, then keeps following them in the background. */
    public KafkaUserLog start(Duration restoreTimeout) {
        replica.start(restoreTimeout, "the accounts");
        LOG.info("event=users_restored accounts={}", book.all().size());
        return this;
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
        try {
            replica.write(topics.users.name(), account.name(), accountJson, "the change to " + account.name());
            replica.write(topics.usersAudit.name(), change.id(), changeJson,
                    "the audit entry of the change to " + account.name() + " (the change itself is stored)");
        } catch (IllegalStateException e) {
            throw new NotStored(e.getMessage());
        }
        // seen at once here; the reader applies the same records again when they come back, which changes nothing
        book.put(account.name(), account);
        book.record(change);
    }

    @Override
    public void close() {
        replica.close();
    }
}
