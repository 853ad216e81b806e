package vn.tinradar.common.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;

/**
 * How long a topic really keeps its records, read from the cluster (the topic's {@code retention.ms}, which an
 * operator may have changed since TinRadar created it) rather than from TinRadar's settings.
 */
public final class TopicRetention {

    private TopicRetention() {
    }

    /**
     * The retention of {@code topic}; empty when it keeps records forever (-1, or compaction without deletion).
     *
     * @param clientPrefix the installation's prefix, which starts the admin client's id
     */
    public static Optional<Duration> of(Properties kafka, String clientPrefix, String topic) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientPrefix + "retention-reader");
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(props)) {
            Config config = admin.describeConfigs(List.of(resource)).all().get(60, TimeUnit.SECONDS).get(resource);
            return retention(value(config, "cleanup.policy"), value(config, "retention.ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the retention of " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("cannot read the retention of " + topic + " on "
                    + kafka.get("bootstrap.servers") + ": " + cause.getMessage(), cause);
        }
    }

    /** The retention a topic's {@code cleanup.policy} and {@code retention.ms} give. */
    static Optional<Duration> retention(String cleanupPolicy, String retentionMs) {
        if (cleanupPolicy != null && !cleanupPolicy.contains("delete")) {
            return Optional.empty();
        }
        long ms = retentionMs == null ? -1 : Long.parseLong(retentionMs.trim());
        return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    private static String value(Config config, String name) {
        ConfigEntry entry = config.get(name);
        return entry == null ? null : entry.value();
    }
}
