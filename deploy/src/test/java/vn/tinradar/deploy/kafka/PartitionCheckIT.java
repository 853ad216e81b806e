package vn.tinradar.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * Issue 12: /health's kafka component tells whether this installation's partitions take writes. On a real broker
 * (one node, so one replica in sync), every partition of the prefix's topics is writable until a topic asks for
 * two replicas in sync: then each of its partitions is named below {@code min.insync.replicas}.
 */
class PartitionCheckIT {

    private static final Topics TOPICS = new Topics("parts.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 2);

    @Test
    void partitionsOfATopicAskingForMoreInSyncReplicasThanItHasAreNamedNotWritable() throws Exception {
        try (BrokerContact contact = new BrokerContact(KAFKA.broker().kafka(), TOPICS.prefix(), Duration.ofMillis(200),
                Duration.ofSeconds(3), Clock.systemUTC()).start();
             Admin admin = Admin.create(KAFKA.broker().kafka())) {
            TestBroker.await(() -> contact.partitions().isPresent(), "the first partition check");
            PartitionCheck.Result before = contact.partitions().orElseThrow();
            assertThat(before.writable()).isTrue();
            assertThat(before.topics()).isEqualTo(TOPICS.all().size());
            assertThat(before.partitions()).isEqualTo(2 * TOPICS.all().size());

            ConfigResource alerts = new ConfigResource(ConfigResource.Type.TOPIC, TOPICS.alerts.name());
            admin.incrementalAlterConfigs(Map.of(alerts, List.of(new AlterConfigOp(
                    new ConfigEntry("min.insync.replicas", "2"), AlterConfigOp.OpType.SET)))).all().get();

            TestBroker.await(() -> !contact.partitions().orElseThrow().writable(), "the check to see the change");
            PartitionCheck.Result after = contact.partitions().orElseThrow();
            assertThat(after.leaderlessCount()).isZero();
            assertThat(after.underMinIsrCount()).isEqualTo(2);
            assertThat(after.underMinIsr()).containsExactly(TOPICS.alerts.name() + "-0 isr=1/min=2",
                    TOPICS.alerts.name() + "-1 isr=1/min=2");
        }
    }
}
