package vn.tinradar.deploy.web.signin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.deploy.kafka.TopicReplica;

/**
 * Signed-out sessions shared through the compacted {@code web.sessions.ended} topic (key: session id, value: when
 * it would have expired, ISO-8601): a sign-out waits for the broker's acknowledgement, and a thread of its own
 * follows the topic, so another instance refuses the session within about half a second. A record that does not
 * parse is logged and skipped.
 */
public final class KafkaEndedSessions extends EndedSessions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaEndedSessions.class);

    private final String topic;
    private final TopicReplica replica;

    public KafkaEndedSessions(String topic, Properties kafka, Clock clock) {
        super(clock);
        this.topic = topic;
        this.replica = new TopicReplica(List.of(topic), kafka, topic, this::apply);
    }

    /** Reads the topic to its current end, then follows it in the background. */
    public KafkaEndedSessions start(Duration restoreTimeout) {
        replica.start(restoreTimeout, "the signed-out sessions");
        return this;
    }

    /** Ends the session on every instance; throws IllegalStateException when the broker did not store it. */
    @Override
    public void end(String sessionId, Instant expires) {
        replica.write(topic, sessionId, expires.toString().getBytes(StandardCharsets.UTF_8),
                "the sign-out of a session");
        remember(sessionId, expires);
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        if (r.key() == null || r.value() == null) {
            return;
        }
        try {
            remember(r.key(), Instant.parse(new String(r.value(), StandardCharsets.UTF_8)));
        } catch (DateTimeParseException e) {
            LOG.warn("event=sessions_record_skipped topic={} partition={} offset={} reason=\"not an instant\"",
                    r.topic(), r.partition(), r.offset());
        }
    }

    @Override
    public void close() {
        replica.close();
    }
}
