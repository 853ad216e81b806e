package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.process.TinRadarProcess;
import vn.tinradar.deploy.process.TinRadarProcess.Role;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.SecuredBroker;

/**
 * TinRadar on a broker that speaks only SASL_SSL and enforces ACLs (issue 12). Lào Cai's principal holds ACLs on
 * the prefix {@code laocai.} alone (topics, groups, transactional ids), and with nothing but {@code kafka.client.*}
 * in its YAML its analyze service scores and indexes an article and its alerts service runs; Ninh Bình's holds
 * topic ACLs but none for its group, Hưng Yên's group ACLs but none for its topics, and a wrong password is
 * refused: each stops start-up with one line naming the principal and what is missing.
 */
class SecuredClusterIT {

    private static final String LAOCAI_PASSWORD = "mat-khau-lao-cai-2026";
    private static final String NINHBINH_PASSWORD = "mat-khau-ninh-binh-2026";
    private static final String HUNGYEN_PASSWORD = "mat-khau-hung-yen-2026";

    @TempDir
    static Path brokerDir;

    @TempDir
    Path dir;

    private static SecuredBroker broker;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        broker = SecuredBroker.start(brokerDir, Map.of("laocai", LAOCAI_PASSWORD, "ninhbinh", NINHBINH_PASSWORD,
                "hungyen", HUNGYEN_PASSWORD));
        broker.grantPrefix("laocai", "laocai.", ResourceType.TOPIC, ResourceType.GROUP, ResourceType.TRANSACTIONAL_ID);
        broker.grantPrefix("ninhbinh", "ninhbinh.", ResourceType.TOPIC);
        broker.grantPrefix("hungyen", "hungyen.", ResourceType.GROUP, ResourceType.TRANSACTIONAL_ID);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /** A tinradar.yaml for one province whose clients sign in as {@code user}. */
    private Path config(String prefix, String user, String password) throws Exception {
        StringBuilder yaml = new StringBuilder("kafka:\n  topic-prefix: " + prefix + "\n  partitions: 1\n  client:\n");
        broker.clientSettings(user, password).forEach((k, v) ->
                yaml.append("    ").append(k).append(": '").append(v.replace("'", "''")).append("'\n"));
        Path file = dir.resolve("tinradar-" + user + ".yaml");
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private int startAnalyze(Path config) {
        return Commands.execute("analyze", "--config", config.toString(), "--bootstrap", broker.bootstrapServers(),
                "--data-dir", dir.resolve("data").toString(), "--port", "0");
    }

    @Test
    void analyzeAndAlertsRunWithOnlyTheirPrefixGranted() throws Exception {
        Settings settings = Settings.load(config("laocai.", "laocai", LAOCAI_PASSWORD));
        Topics topics = new Topics("laocai.");
        Article article = landslide();
        try (TinRadarProcess process = new TinRadarProcess(settings, new TinRadarProcess.Options(dir.resolve("data"), 0,
                broker.bootstrapServers(), null, false, EnumSet.of(Role.ANALYZE, Role.ALERTS), "Quan-tri-Lao-Cai-2026"))
                .start()) {
            Properties laocai = broker.clientAs("laocai", LAOCAI_PASSWORD);
            // what ingest writes, signed in as the same principal
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(laocai, new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topics.articlesRaw.name(), article.id(),
                        Json.mapper().writeValueAsBytes(article))).get();
            }

            assertThat(scoredIds(laocai, topics.articlesScored.name(), article.id())).contains(article.id());
            assertThat(health(process.port())).contains("\"ready\":true").contains("\"documents\":1");
        }
    }

    @Test
    void missingGroupGrantStopsStartUpNamingTheGroupAndThePrincipal() throws Exception {
        int rc = startAnalyze(config("ninhbinh.", "ninhbinh", NINHBINH_PASSWORD));

        assertThat(rc).isEqualTo(1);
        assertThat(console.err()).hasLineCount(1)
                .startsWith("error: Kafka at " + broker.bootstrapServers() + " denies User:ninhbinh: ")
                .contains("group ninhbinh.analyze (no DESCRIBE, READ)")
                .contains("transactional ids ninhbinh.analyze-*");
    }

    @Test
    void missingTopicGrantStopsStartUpNamingTheTopics() throws Exception {
        int rc = startAnalyze(config("hungyen.", "hungyen", HUNGYEN_PASSWORD));

        assertThat(rc).isEqualTo(1);
        assertThat(console.err()).hasLineCount(1)
                .startsWith("error: Kafka at " + broker.bootstrapServers() + " denies User:hungyen: ")
                .contains("topics hungyen.articles.raw, hungyen.articles.scored, ")
                .contains(", hungyen.users, hungyen.users.audit, hungyen.web.sessions.ended, ")
                .contains(", hungyen.incidents, hungyen.tips, hungyen.policies, ")
                .contains(", hungyen.ingest.revisions, hungyen.ingest.article-changes (no DESCRIBE)")
                .doesNotContain("group ");
    }

    @Test
    void wrongPasswordStopsStartUpWithTheRefusedSignIn() throws Exception {
        int rc = startAnalyze(config("laocai.", "laocai", "mat-khau-cu"));

        assertThat(rc).isEqualTo(1);
        assertThat(console.err()).hasLineCount(1)
                .startsWith("error: Kafka at " + broker.bootstrapServers() + " refused to sign in User:laocai: ")
                .contains("Invalid username or password");
    }

    @Test
    void oneOffCommandWithAWrongPasswordStopsWithTheRefusedSignIn() throws Exception {
        int rc = Commands.execute("backup", "--out", dir.resolve("laocai.jsonl").toString(), "--config",
                config("laocai.", "laocai", "mat-khau-cu").toString(), "--bootstrap", broker.bootstrapServers(),
                "--data-dir", dir.resolve("data").toString());

        assertThat(rc).isEqualTo(1);
        assertThat(console.err()).hasLineCount(1).contains("refused to sign in User:laocai");
        assertThat(dir.resolve("laocai.jsonl")).doesNotExist();
    }

    /** The body of {@code /health} once both Kafka Streams apps are running and the article is indexed (90 s at most). */
    private static String health(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String body;
        do {
            body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"ready\":true") && body.contains("\"documents\":1")) {
                return body;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return body;
    }

    /** Reads {@code topic} (committed records only, no group) until {@code id} arrives or 90 s pass. */
    private static List<String> scoredIds(Properties kafka, String topic, String id) {
        Properties c = new Properties();
        c.putAll(kafka);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> ids = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!ids.contains(id) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> ids.add(r.key()));
            }
        }
        return ids;
    }

    private static Article landslide() {
        String url = "https://baolaocai.vn/sat-lo-dat-vui-lap-duong-vao-xa-muong-hum";
        String title = "Sạt lở đất vùi lấp đường vào xã Mường Hum sau mưa lớn";
        String text = "Mưa lớn kéo dài từ đêm qua gây sạt lở đất tại nhiều điểm trên tuyến đường vào xã Mường Hum, "
                + "tỉnh Lào Cai. Lực lượng chức năng đang khẩn trương khắc phục, bảo đảm giao thông cho người dân.";
        OffsetDateTime published = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).minusMinutes(30);
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, title, null, text, null, null, null, "vi", published, null, "page",
                Instant.now(), ArticleIds.contentHash(title, text), null, false);
    }
}
