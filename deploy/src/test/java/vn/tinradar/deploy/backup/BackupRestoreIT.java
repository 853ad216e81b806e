package vn.tinradar.deploy.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.DraftPolicy;
import vn.tinradar.common.event.SavedSearch;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;
import vn.tinradar.common.event.Verdict;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.cli.Commands;
import vn.tinradar.deploy.kafka.TopicCreator;
import vn.tinradar.deploy.kafka.TopicLayout;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.users.KafkaUserLog;
import vn.tinradar.deploy.web.users.UserBook;

/**
 * The staff data of one installation (Lào Cai, prefix {@code laocai.}) backed up on a real broker with the
 * {@code backup} command and restored into a fresh installation with another prefix: the account signs in there, the
 * claim, saved search, silence and settings file are there, the delivery receipts are not, and a second restore
 * writes nothing (issue 12).
 */
class BackupRestoreIT {

    private static final String PASSWORD = "Tram-kiem-lam-2026";
    private static final Topics OLD = new Topics("laocai.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(OLD, 1);
    private static final Topics FRESH = new Topics("laocai-moi.");
    /** The settings file that holds the draft policy staff follow. */
    private static final String POLICY_SETTINGS = """
            province: Lào Cai
            kafka:
              topic-prefix: laocai.
            alerts:
              rules:
                draft-policies:
                  policies:
                    - id: nghi-quyet-ho-tro-dat-o
                      name: "Dự thảo Nghị quyết hỗ trợ đất ở cho hộ nghèo"
                      keywords: ["hỗ trợ đất ở", "nghị quyết hỗ trợ đất ở"]
                      consultation-from: 2026-11-01
                      consultation-to: 2026-12-31
            """;

    private static Properties kafka;

    @TempDir
    static Path dir;

    private static Path backupFile;
    private static BackupHeader header;
    private static RestoreSummary firstRestore;

    @BeforeAll
    static void staffWorkedInTheOldInstallationAndItWasBackedUp() throws Exception {
        kafka = KAFKA.broker().kafka();
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        try (KafkaUserLog users = new KafkaUserLog(OLD, kafka, new UserBook()).start(Duration.ofSeconds(30))) {
            users.write(new UserAccount(UserAccount.VERSION, "lan", "staff", UserDirectory.hash(PASSWORD), false,
                    false, now, "admin"), new UserChange(UserChange.VERSION, "c-1", now, "admin", "lan", "add", "staff"));
        }
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(kafka, new StringSerializer(), new ByteArraySerializer())) {
            send(p, OLD.claims.name(), "claim-1", Json.mapper().writeValueAsBytes(new Claim(Claim.VERSION, "claim-1",
                    "Đập thủy điện ở Bát Xát bị vỡ, dân phải sơ tán gấp", Verdict.FAKE, "Công an tỉnh Lào Cai",
                    LocalDate.of(2026, 11, 28), "https://baolaocai.vn/cai-chinh", "lan", now, null, null)));
            send(p, OLD.savedSearches.name(), SavedSearch.key("lan", "s-1"), Json.mapper().writeValueAsBytes(
                    new SavedSearch(SavedSearch.VERSION, "s-1", "lan", "Sạt lở Mường Hum",
                            Map.of("q", "sạt lở Mường Hum", "sort", "date"), now)));
            send(p, OLD.policies.name(), "bang-gia-dat-2026", Json.mapper().writeValueAsBytes(new DraftPolicy(
                    DraftPolicy.VERSION, "bang-gia-dat-2026", "Dự thảo Quyết định bảng giá đất tỉnh Lào Cai năm 2026",
                    "Sở Nông nghiệp và Môi trường", LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15),
                    List.of("bảng giá đất"), "admin", now)));
            send(p, OLD.deliveries.name(), "silence|m-1", ("{\"id\":\"m-1\",\"rule\":\"topic-burst\",\"author\":\"lan\","
                    + "\"startsAt\":\"2026-12-01T02:00:00Z\",\"endsAt\":\"2026-12-02T02:00:00Z\","
                    + "\"reason\":\"đã báo UBND xã\"}").getBytes(StandardCharsets.UTF_8));
            send(p, OLD.deliveries.name(), "delivery|a-1|email|",
                    "{\"alert\":\"a-1\",\"revision\":1,\"channel\":\"email\"}".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("tinradar.yaml"), POLICY_SETTINGS, StandardCharsets.UTF_8);
        backupFile = dir.resolve("laocai-backup.jsonl");
        int rc = Commands.execute("backup", "--out", backupFile.toString(), "--config",
                dir.resolve("tinradar.yaml").toString(), "--bootstrap", KAFKA.broker().bootstrapServers(),
                "--data-dir", dir.resolve("data").toString());
        assertThat(rc).isZero();
        header = BackupFile.read(backupFile).header();
        // the fresh installation: its topics made as a first start makes them, nothing in them yet
        TopicCreator.ensure(kafka, FRESH, new TopicLayout(1, -1, Duration.ofDays(400), Duration.ofDays(90),
                Duration.ofDays(30)));
        firstRestore = restore().restore(BackupFile.read(backupFile));
    }

    private static Restore restore() {
        return new Restore(FRESH, kafka, dir.resolve("restored-files"));
    }

    private static void send(KafkaProducer<String, byte[]> p, String topic, String key, byte[] value) throws Exception {
        p.send(new ProducerRecord<>(topic, key, value)).get();
    }

    @Test
    void headerCountsEachKindAndNamesTheInstallation() {
        assertThat(header.prefix()).isEqualTo("laocai.");
        assertThat(header.counts()).containsEntry("user", 1).containsEntry("user-audit", 1).containsEntry("claim", 1)
                .containsEntry("saved-search", 1).containsEntry("policy", 1).containsEntry("alert-action", 1).containsEntry("file", 1);
    }

    @Test
    void restoredAccountSignsInOnTheFreshInstallation() {
        UserBook book = new UserBook();
        try (KafkaUserLog users = new KafkaUserLog(FRESH, kafka, book).start(Duration.ofSeconds(30))) {
            assertThat(new UserDirectory(List.of(), book).authenticate("lan", PASSWORD))
                    .hasValue(new UserDirectory.Principal("lan", "staff"));
        }
    }

    @Test
    void restoredClaimSavedSearchPolicyAndSilenceAreThereButNotDeliveryReceipts() {
        assertThat(firstRestore.describe()).isEqualTo("user 1 restored, 0 already there; user-audit 1 restored, "
                + "0 already there; claim 1 restored, 0 already there; saved-search 1 restored, 0 already there; "
                + "policy 1 restored, 0 already there; "
                + "alert-action 1 restored, 0 already there; file 1 restored, 0 already there");
        assertThat(TopicReport.readAll(FRESH.claims, kafka).get("claim-1").claimReviewed())
                .isEqualTo("Đập thủy điện ở Bát Xát bị vỡ, dân phải sơ tán gấp");
        assertThat(TopicReport.readAll(FRESH.savedSearches, kafka).get("lan|s-1").params())
                .containsEntry("q", "sạt lở Mường Hum");
        assertThat(TopicReport.readAll(FRESH.policies, kafka).get("bang-gia-dat-2026").agency())
                .isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(TopicReport.readAll(FRESH.deliveries, kafka)).containsOnlyKeys("silence|m-1");
    }

    @Test
    void settingsFileWithThePolicyIsRestoredBesideTheDataDir() throws Exception {
        assertThat(Files.readString(dir.resolve("restored-files/tinradar.yaml"), StandardCharsets.UTF_8))
                .isEqualTo(POLICY_SETTINGS);
    }

    @Test
    void secondRestoreWritesNothing() {
        TestBroker broker = KAFKA.broker();
        int recordsBefore = broker.readAll(FRESH.users.name()).size() + broker.readAll(FRESH.claims.name()).size();

        RestoreSummary again = restore().restore(BackupFile.read(backupFile));

        assertThat(again.counts().values()).allSatisfy(c -> assertThat(c.restored()).isZero());
        assertThat(again.counts().get("claim").present()).isEqualTo(1);
        assertThat(broker.readAll(FRESH.users.name()).size() + broker.readAll(FRESH.claims.name()).size())
                .isEqualTo(recordsBefore);
    }

    @Test
    void entryItsRecordTypeCannotReadIsRefusedByLineAndTheRestIsKept() throws Exception {
        Path edited = dir.resolve("edited.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(backupFile, StandardCharsets.UTF_8));
        lines.add("{\"kind\":\"claim\",\"key\":\"claim-2\",\"value\":{\"verdict\":\"không rõ\"}}");
        Files.write(edited, lines, StandardCharsets.UTF_8);

        RestoreSummary summary = restore().restore(BackupFile.read(edited));

        assertThat(summary.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("edited.jsonl line " + lines.size() + ": claim 'claim-2' is not readable as one"));
        assertThat(summary.counts().get("claim")).isEqualTo(new RestoreSummary.Counts(0, 1, 1));
        assertThat(TopicReport.readAll(FRESH.claims, kafka)).containsOnlyKeys("claim-1");
    }

    @Test
    void headerThatPromisesMoreThanTheFileHoldsIsReported() throws Exception {
        Path cut = dir.resolve("cut.jsonl");
        List<String> lines = Files.readAllLines(backupFile, StandardCharsets.UTF_8);
        Files.write(cut, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);

        assertThat(BackupFile.read(cut).problems()).singleElement().asString()
                .startsWith("cut.jsonl line 1: the header counts 1 of kind '")
                .endsWith("but 0 were read (file cut off or edited?)");
    }

    @Test
    void backupOfAnotherFormatVersionIsRefusedBeforeAnythingIsRead() throws Exception {
        Path newer = dir.resolve("newer.jsonl");
        Files.writeString(newer, "{\"format\":\"tinradar-backup\",\"version\":2,\"prefix\":\"laocai.\"}\n");

        assertThatThrownBy(() -> BackupFile.read(newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("newer.jsonl line 1: backup format version 2, but this TinRadar reads version 1 only; "
                        + "restore it with the TinRadar release that wrote it");
    }
}
