import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints one line of counts over the committed records of PREFIX articles.raw and articles.scored: records, distinct
 * article ids, ids scored more than once, raw ids never scored. Run by faults.sh:
 * java -cp tinradar.jar CountArticles.java BOOTSTRAP PREFIX
 */
public class CountArticles {

    public static void main(String[] args) {
        String bootstrap = args[0];
        String prefix = args.length > 1 ? args[1] : "tinradar.";
        Map<String, Integer> raw = read(bootstrap, prefix + "articles.raw");
        Map<String, Integer> scored = read(bootstrap, prefix + "articles.scored");
        long scoredTwice = scored.values().stream().filter(n -> n > 1).count();
        long neverScored = raw.keySet().stream().filter(id -> !scored.containsKey(id)).count();
        System.out.printf("raw_records=%d raw_ids=%d scored_records=%d scored_ids=%d scored_twice=%d never_scored=%d%n",
                raw.values().stream().mapToInt(Integer::intValue).sum(), raw.size(),
                scored.values().stream().mapToInt(Integer::intValue).sum(), scored.size(), scoredTwice, neverScored);
    }

    /** Article id → how many committed records carry it. */
    private static Map<String, Integer> read(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("client.id", topic + "-fault-count");
        Map<String, Integer> ids = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.value() != null) {
                        ids.merge(r.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return ids;
    }
}
