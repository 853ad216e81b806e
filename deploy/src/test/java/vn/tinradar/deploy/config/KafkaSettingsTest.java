package vn.tinradar.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.deploy.kafka.KafkaProperties;

/** The {@code kafka:} settings of tinradar.yaml: client properties for a secured cluster, replicas, retention. */
class KafkaSettingsTest {

    @TempDir
    Path dir;

    @Test
    void clientPropertiesReachTheClientsWithTheBootstrap() throws Exception {
        Settings s = load("""
                kafka:
                  client:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                    request.timeout.ms: 45000
                """);

        Properties clients = KafkaProperties.clients("kafka-1.sotttt.laocai.gov.vn:9093", s.deploy().kafka().client());

        assertThat(clients).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("request.timeout.ms", "45000")
                .containsEntry("bootstrap.servers", "kafka-1.sotttt.laocai.gov.vn:9093");
    }

    @Test
    void streamsGetTheReplicationFactorAndStandbysOnTopOfTheClientProperties() throws Exception {
        Settings s = load("kafka:\n  replication-factor: 3\n  standby-replicas: 2\n  client:\n    security.protocol: SSL\n");
        DeployConfig.Kafka k = s.deploy().kafka();

        Properties streams = KafkaProperties.streams(KafkaProperties.clients("localhost:9092", k.client()),
                k.replicationFactor(), k.standbyReplicas());

        assertThat(streams).containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 2)
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void streamsKeepOneStandbyUnlessToldOtherwise() throws Exception {
        // a process cannot know how many instances of its service run: one standby is asked for always, and Streams
        // places it only on another instance, so an instance alone keeps none and pays nothing for it
        DeployConfig.Kafka k = load("province: Lào Cai\n").deploy().kafka();

        Properties streams = KafkaProperties.streams(KafkaProperties.clients("localhost:9092", k.client()),
                k.replicationFactor(), k.standbyReplicas());

        assertThat(streams).containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
    }

    @Test
    void aNegativeStandbyCountIsRejectedWithItsLine() throws Exception {
        assertThatThrownBy(() -> load("kafka:\n  standby-replicas: -1\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("standby-replicas: must be >= 0 but was -1");
    }

    @Test
    void aMisspelledClientPropertyIsRejectedWithItsLine() throws Exception {
        assertThatThrownBy(() -> load("kafka:\n  client:\n    security.protocol: SSL\n    sasl.mechanisms: PLAIN\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("sasl.mechanisms")
                .hasMessageContaining("not a property of any Kafka client");
    }

    @Test
    void aClientIdInClientPropertiesIsRejectedBecauseTinRadarNamesEachClient() throws Exception {
        assertThatThrownBy(() -> load("kafka:\n  client:\n    client.id: soTTTT\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("set by TinRadar itself");
    }

    @Test
    void streamsPrefixedPropertiesAreAccepted() throws Exception {
        Settings s = load("kafka:\n  client:\n    producer.compression.type: zstd\n    topic.min.insync.replicas: 2\n");

        assertThat(s.deploy().kafka().client()).containsEntry("producer.compression.type", "zstd")
                .containsEntry("topic.min.insync.replicas", "2");
    }

    @Test
    void replicationFactorZeroIsRejected() throws Exception {
        assertThatThrownBy(() -> load("kafka:\n  replication-factor: 0\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("-1 for the broker's default.replication.factor");
    }

    @Test
    void healthTimingsAreSettingsInMilliseconds() throws Exception {
        DeployConfig.Health h = load("kafka:\n  health:\n    probe-ms: 2000\n    not-ready-after-ms: 9000\n")
                .deploy().kafka().health();

        assertThat(h.probeEvery()).hasSeconds(2);
        assertThat(h.notReadyAfter()).hasSeconds(9);
    }

    @Test
    void notReadyWindowNoLongerThanTheProbeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> load("kafka:\n  health:\n    probe-ms: 5000\n    not-ready-after-ms: 5000\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("not-ready-after-ms: must be longer than kafka.health.probe-ms (5000) but was 5000");
    }

    private Settings load(String yaml) throws Exception {
        Path file = dir.resolve("tinradar.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return Settings.load(file);
    }
}
