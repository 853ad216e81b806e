package vn.tinradar.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/**
 * The Compose file and the Kubernetes manifests, parsed: the mistakes issue 12 found in them stay fixed (neither
 * Docker Compose nor a Kubernetes API server runs in the build, so these are checks of the parsed files).
 */
class OpsManifestsTest {

    private static final Path COMPOSE = Path.of("ops", "compose.yaml");
    private static final Path KUBERNETES = Path.of("ops", "k8s", "tinradar.yaml");
    private static final Path DOCKERFILE = Path.of("ops", "Dockerfile");

    @Test
    void composeBrokersRunTheKafkaVersionTheCodeIsTestedWith() throws IOException {
        String image = compose().path("x-kafka").path("image").asText();

        assertThat(image).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    }

    @Test
    void composeBrokersKeepTheirLogsOnTheirVolume() throws IOException {
        JsonNode compose = compose();
        String logDirs = compose.path("x-kafka").path("environment").path("KAFKA_LOG_DIRS").asText();

        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            assertThat(compose.path("services").path(broker).path("volumes").get(0).asText())
                    .as(broker).isEqualTo(broker + ":" + logDirs);
        }
    }

    @Test
    void composeClusterIdIsOneKafkaCanFormat() throws IOException {
        String clusterId = compose().path("x-kafka").path("environment").path("CLUSTER_ID").asText();

        assertThatCode(() -> Uuid.fromString(clusterId)).doesNotThrowAnyException();
    }

    @Test
    void composeBrokersReplicateEveryTopicThreeTimes() throws IOException {
        JsonNode env = compose().path("x-kafka").path("environment");

        assertThat(env.path("KAFKA_DEFAULT_REPLICATION_FACTOR").asInt()).isEqualTo(3);
        assertThat(env.path("KAFKA_MIN_INSYNC_REPLICAS").asInt()).isEqualTo(2);
    }

    @Test
    void kubernetesRunsTwoAlertServicesAndRollsThemOneAtATime() throws IOException {
        JsonNode alerts = kubernetes("Deployment", "tinradar-alerts");

        assertThat(alerts.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(alerts.path("spec").path("strategy").path("type").asText()).isEqualTo("RollingUpdate");
        assertThat(alerts.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt()).isZero();
    }

    @Test
    void everyKubernetesPodHasThePeerSecretThatSignsSessions() throws IOException {
        for (String[] workload : new String[][] {{"Deployment", "tinradar-ingest"}, {"StatefulSet", "tinradar-analyze"},
                {"Deployment", "tinradar-alerts"}}) {
            JsonNode env = kubernetes(workload[0], workload[1]).path("spec").path("template").path("spec")
                    .path("containers").get(0).path("env");
            assertThat(env.findValuesAsText("name")).as(workload[1]).contains("TINRADAR_PEER_SECRET");
        }
    }

    @Test
    void kubernetesAnalyzePodsFindEachOtherBeforeTheyAreReady() throws IOException {
        JsonNode peers = kubernetes("Service", "tinradar-analyze");

        assertThat(peers.path("spec").path("clusterIP").asText()).isEqualTo("None");
        assertThat(peers.path("spec").path("publishNotReadyAddresses").asBoolean()).isTrue();
    }

    @Test
    void kubernetesPodsCanWriteTheirVolumesAsTheImageUser() throws IOException {
        Matcher uid = Pattern.compile("--uid (\\d+)").matcher(Files.readString(DOCKERFILE));
        assertThat(uid.find()).as("uid in %s", DOCKERFILE).isTrue();

        for (JsonNode doc : kubernetesDocuments()) {
            JsonNode pod = doc.path("spec").path("template").path("spec");
            if (!pod.isMissingNode()) {
                assertThat(pod.path("securityContext").path("fsGroup").asText())
                        .as(doc.path("metadata").path("name").asText()).isEqualTo(uid.group(1));
            }
        }
    }

    private static JsonNode compose() throws IOException {
        return new YAMLMapper().readTree(COMPOSE.toFile());
    }

    private static JsonNode kubernetes(String kind, String name) throws IOException {
        for (JsonNode doc : kubernetesDocuments()) {
            if (doc.path("kind").asText().equals(kind) && doc.path("metadata").path("name").asText().equals(name)) {
                return doc;
            }
        }
        throw new AssertionError(kind + " " + name + " not in " + KUBERNETES);
    }

    private static List<JsonNode> kubernetesDocuments() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(KUBERNETES.toFile())) {
            while (it.hasNext()) {
                docs.add(it.next());
            }
        }
        assertThat(docs).as("documents in %s", KUBERNETES).hasSizeGreaterThan(3);
        return docs;
    }
}
