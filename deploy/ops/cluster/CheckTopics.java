import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Prints replicas, in-sync replicas, cleanup policy and retention of every topic whose name starts with PREFIX (TinRadar's
 * own topics and its Kafka Streams internal topics), and exits 1 when a partition has fewer than REPLICAS replicas.
 * Run by three-brokers.sh check: java -cp tinradar.jar CheckTopics.java BOOTSTRAP PREFIX REPLICAS
 */
public class CheckTopics {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args.length > 1 ? args[1] : "tinradar.";
        int wanted = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "client.id", prefix + "check-topics"))) {
            int live = admin.describeCluster().nodes().get().size();
            List<String> names = admin.listTopics().names().get().stream().filter(n -> n.startsWith(prefix)).sorted()
                    .toList();
            Map<String, TopicDescription> topics = new TreeMap<>(admin.describeTopics(names).allTopicNames().get());
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get();
            int underReplicated = 0;
            System.out.printf("%d brokers answering, %d topics starting with %s%n", live, topics.size(), prefix);
            for (TopicDescription t : topics.values()) {
                int minReplicas = t.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
                int minIsr = t.partitions().stream().mapToInt(p -> p.isr().size()).min().orElse(0);
                Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t.name()));
                String policy = c.get("cleanup.policy").value();
                long retention = Long.parseLong(c.get("retention.ms").value());
                String kept = policy.contains("delete")
                        ? (retention < 0 ? "forever" : Duration.ofMillis(retention).toDays() + "d") : "-";
                System.out.printf("%-62s partitions=%d replicas=%d isr=%d min.insync=%s policy=%s retention=%s%n",
                        t.name(), t.partitions().size(), minReplicas, minIsr, c.get("min.insync.replicas").value(),
                        policy, kept);
                if (minReplicas < wanted) {
                    underReplicated++;
                }
            }
            String leaders = topics.values().stream().flatMap(t -> t.partitions().stream())
                    .collect(Collectors.groupingBy(p -> p.leader() == null ? "none" : String.valueOf(p.leader().id()),
                            TreeMap::new, Collectors.counting())).toString();
            System.out.println("partition leaders by broker: " + leaders);
            if (underReplicated > 0 || topics.isEmpty()) {
                System.out.println("FAIL: " + underReplicated + " topics have fewer than " + wanted + " replicas");
                System.exit(1);
            }
            System.out.println("OK: every partition has " + wanted + " replicas");
        }
    }
}
