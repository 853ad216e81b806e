package vn.tinradar.deploy.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Whether the partitions of this installation's own topics (its prefix: its topics and its Kafka Streams internal
 * ones, not the rest of the cluster) can take writes: each has a leader, and at least {@code min.insync.replicas}
 * replicas in sync (below that an {@code acks=all} write is refused). Three admin requests: list the topics, describe
 * those with the prefix, read their {@code min.insync.replicas}.
 */
public final class PartitionCheck {

    /** Partitions named in the detail at most; the counts cover all. */
    static final int EXAMPLES = 5;

    private PartitionCheck() {
    }

    /**
     * What one check found.
     *
     * @param leaderless partitions without a leader ({@code topic-partition}), at most {@link #EXAMPLES}
     * @param underMinIsr partitions with fewer in-sync replicas than their topic's {@code min.insync.replicas},
     *     each with {@code isr=N/min=M}, at most {@link #EXAMPLES}
     */
    public record Result(Instant at, int topics, int partitions, int leaderlessCount, int underMinIsrCount,
                  List<String> leaderless, List<String> underMinIsr) {

        public boolean writable() {
            return leaderlessCount == 0 && underMinIsrCount == 0;
        }
    }

    /** One check of the topics starting with {@code prefix}, each request waiting at most {@code timeout}. */
    public static Result run(Admin admin, String prefix, Duration timeout, Instant now)
            throws ExecutionException, TimeoutException, InterruptedException {
        long ms = timeout.toMillis();
        List<String> names = admin.listTopics().names().get(ms, TimeUnit.MILLISECONDS).stream()
                .filter(n -> n.startsWith(prefix)).sorted().toList();
        if (names.isEmpty()) {
            return new Result(now, 0, 0, 0, 0, List.of(), List.of());
        }
        Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames()
                .get(ms, TimeUnit.MILLISECONDS);
        Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all()
                .get(ms, TimeUnit.MILLISECONDS);
        int partitions = 0;
        int leaderlessCount = 0;
        int underCount = 0;
        List<String> leaderless = new ArrayList<>();
        List<String> under = new ArrayList<>();
        for (TopicDescription t : topics.values().stream().sorted(java.util.Comparator.comparing(
                TopicDescription::name)).toList()) {
            int minIsr = minInSync(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t.name())));
            for (TopicPartitionInfo p : t.partitions()) {
                partitions++;
                String name = t.name() + "-" + p.partition();
                if (p.leader() == null || p.leader().isEmpty()) {
                    if (leaderlessCount++ < EXAMPLES) {
                        leaderless.add(name);
                    }
                } else if (p.isr().size() < minIsr) {
                    if (underCount++ < EXAMPLES) {
                        under.add(name + " isr=" + p.isr().size() + "/min=" + minIsr);
                    }
                }
            }
        }
        return new Result(now, names.size(), partitions, leaderlessCount, underCount, List.copyOf(leaderless),
                List.copyOf(under));
    }

    private static int minInSync(Config config) {
        ConfigEntry e = config == null ? null : config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        return e == null || e.value() == null ? 1 : Integer.parseInt(e.value());
    }
}
