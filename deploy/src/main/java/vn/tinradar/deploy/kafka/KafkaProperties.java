package vn.tinradar.deploy.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka settings every client of a process starts from: the bootstrap servers plus the user's
 * {@code kafka.client.*} properties (TLS, SASL, timeouts), the same for producers, consumers, admin clients and
 * Streams. Streams apps also get the replication factor of their internal topics and their standby replicas.
 */
public final class KafkaProperties {

    private KafkaProperties() {
    }

    /** Settings for producers, consumers and admin clients. */
    public static Properties clients(String bootstrap, Map<String, String> client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("bootstrap.servers", bootstrap);
        return p;
    }

    /**
     * Settings for a Streams app: {@code clients} plus the replicas of its changelog and repartition topics (-1:
     * the broker's default, as for TinRadar's own topics) and its standby replicas.
     */
    public static Properties streams(Properties clients, int replicationFactor, int standbyReplicas) {
        Properties p = new Properties();
        p.putAll(clients);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        return p;
    }
}
