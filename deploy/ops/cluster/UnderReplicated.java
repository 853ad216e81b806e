import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Prints how many partitions of the cluster, Kafka's own topics included, have fewer in-sync replicas than replicas:
 * 0 once a restarted broker has caught up. Compiled and run by faults.sh: java -cp tinradar.jar:CLASSES
 * UnderReplicated BOOTSTRAP
 */
public class UnderReplicated {

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", args[0], "client.id", "fault-under-replicated",
                "request.timeout.ms", "15000", "default.api.timeout.ms", "20000"))) {
            // the offsets and transaction topics matter most: a broker missing from them still fails commits
            Set<String> names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
            long behind = topics.values().stream().flatMap(t -> t.partitions().stream())
                    .filter(p -> p.isr().size() < p.replicas().size()).count();
            long partitions = topics.values().stream().mapToLong(t -> t.partitions().size()).sum();
            System.out.printf("partitions=%d under_replicated=%d%n", partitions, behind);
        }
    }
}
