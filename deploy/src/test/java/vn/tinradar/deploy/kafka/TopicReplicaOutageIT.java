package vn.tinradar.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.TestBroker;

/**
 * Issue 12: a write the caller was told failed is not stored later. The broker stops serving; a write waits its
 * 10 s and fails; the broker serves again; the next write through the same producer is stored. Records of one
 * partition are stored in the order they were sent, so had the producer still held the failed write (Kafka's
 * default gives it 120 s), it would be in the topic before the second one.
 */
class TopicReplicaOutageIT {

    private static final Topics TOPICS = new Topics("late-write.");

    @Test
    void writeReportedAsNotStoredDuringAnOutageIsNotStoredAfterIt() throws Exception {
        String topic = TOPICS.incidents.name();
        try (TestBroker broker = TestBroker.start(TOPICS, 1);
             TopicReplica replica = new TopicReplica(List.of(topic), broker.kafka(), topic, r -> { })) {
            replica.start(Duration.ofSeconds(30), "the incidents");
            replica.write(topic, "inc-truoc", bytes("mở trước sự cố"), "the first incident");

            broker.stopServing();
            assertThatThrownBy(() -> replica.write(topic, "inc-vo-dap", bytes("mở khi mất kết nối"),
                    "the incident opened during the outage"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("was not stored");
            broker.startAgain();
            replica.write(topic, "inc-sau", bytes("mở sau sự cố"), "the incident opened after it");

            assertThat(broker.readAll(topic)).extracting(ConsumerRecord::key).containsExactly("inc-truoc", "inc-sau");
        }
    }

    @Test
    void writerGivesUpWithinTheCallersWaitUnlessAskedForLess() {
        java.util.Properties kafka = new java.util.Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:9092");
        assertThat(TopicReplica.writerSettings(kafka, "tinradar.incidents"))
                .containsEntry("delivery.timeout.ms", 10_000).containsEntry("max.block.ms", 10_000);
        kafka.put("delivery.timeout.ms", "3000");
        assertThat(TopicReplica.writerSettings(kafka, "tinradar.incidents"))
                .containsEntry("delivery.timeout.ms", 3000).containsEntry("request.timeout.ms", 3000);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
