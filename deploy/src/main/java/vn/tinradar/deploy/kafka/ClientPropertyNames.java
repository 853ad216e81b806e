package vn.tinradar.deploy.kafka;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Which keys {@code kafka.client} may hold: a property some Kafka client knows (as Streams also takes them, with a
 * {@code producer.}, {@code consumer.}, {@code admin.} or {@code topic.} prefix), and not one TinRadar sets itself.
 * A typo fails at start-up with its line instead of being ignored by every client.
 */
public final class ClientPropertyNames {

    /** Set by TinRadar: from other keys, or per client. */
    private static final Set<String> MANAGED = Set.of(
            "bootstrap.servers", "client.id", "application.id", "group.id", "transactional.id", "state.dir",
            "processing.guarantee", "replication.factor", "num.standby.replicas", "application.server");
    private static final List<String> STREAMS_PREFIXES = List.of("producer.", "consumer.", "main.consumer.",
            "restore.consumer.", "global.consumer.", "admin.", "topic.");
    private static final Set<String> KNOWN = known();

    private ClientPropertyNames() {
    }

    /** Why {@code key} cannot be passed to the clients, or null when it can. */
    public static String problemWith(String key) {
        if (MANAGED.contains(key)) {
            return "is set by TinRadar itself"
                    + ("bootstrap.servers".equals(key) ? ": use kafka.bootstrap or --bootstrap" : "")
                    + ("replication.factor".equals(key) ? ": use kafka.replication-factor" : "")
                    + ("num.standby.replicas".equals(key) ? ": use kafka.standby-replicas" : "");
        }
        if (KNOWN.contains(key)) {
            return null;
        }
        for (String prefix : STREAMS_PREFIXES) {
            if (key.startsWith(prefix) && (prefix.equals("topic.") || KNOWN.contains(key.substring(prefix.length())))) {
                return null;
            }
        }
        return "is not a property of any Kafka client (producer, consumer, admin, streams)";
    }

    private static Set<String> known() {
        Set<String> names = new HashSet<>(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        names.addAll(StreamsConfig.configDef().names());
        return Set.copyOf(names);
    }
}
