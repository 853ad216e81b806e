import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads every committed record of a topic from its start to its present end, for the counters faults.sh runs. */
final class CommittedRecords {

    private CommittedRecords() {
    }

    /** Calls {@code each} with the key and value of every committed record of {@code topic} that has a value. */
    static void read(String bootstrap, String topic, BiConsumer<String, String> each) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        // what a transactional writer aborted (a killed analyze instance's open transaction) is not counted
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("client.id", topic + "-fault-count");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (r.value() != null) {
                        each.accept(r.key(), r.value());
                    }
                }
            }
        }
    }
}
