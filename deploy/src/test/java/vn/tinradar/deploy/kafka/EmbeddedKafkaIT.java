package vn.tinradar.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.kafka.Topics;

/** The embedded broker is a real Kafka: records written before a restart are still there after it. */
class EmbeddedKafkaIT {

    private static final TopicLayout LAYOUT = new TopicLayout(2, 1, Duration.ofDays(400), Duration.ofDays(90),
            Duration.ofDays(30));

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossARestart() throws Exception {
        Topics topics = Topics.withDefaultPrefix();
        try (EmbeddedKafka kafka = new EmbeddedKafka(dataDir).start()) {
            Properties props = props(kafka);
            TopicCreator.ensure(props, topics, LAYOUT);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>(topics.crawlState.name(), "feed:baolaocai",
                        "{\"etag\":\"W/1\"}")).get();
            }
        }

        try (EmbeddedKafka kafka = new EmbeddedKafka(dataDir).start()) {
            Properties props = props(kafka);
            TopicCreator.ensure(props, topics, LAYOUT);
            assertThat(readAll(props, topics.crawlState.name()))
                    .extracting(ConsumerRecord::value).containsExactly("{\"etag\":\"W/1\"}");
        }
    }

    private static Properties props(EmbeddedKafka kafka) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        return props;
    }

    private static List<ConsumerRecord<String, String>> readAll(Properties base, String topic) {
        Properties props = new Properties();
        props.putAll(base);
        props.put("group.id", "embedded-kafka-it");
        props.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
