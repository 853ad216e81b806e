package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.demo.DemoSite;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * {@code report} on a real broker whose articles topic an operator has cut to 30 days: a period inside is built, a
 * period older than that is refused with the retention and the earliest kept day, exit 4 (issue 12). On the data
 * dir of a demo, the report follows the demo's draft policy as its dashboard does (issue 14).
 */
class ReportRetentionIT {

    private static final Topics TOPICS = new Topics("report-retention-it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    /** Settings naming the topics' prefix, so that {@code report} reads this class's topics on the shared broker. */
    private static Path settings;

    @TempDir
    static Path settingsDir;

    @TempDir
    Path dataDir;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @BeforeAll
    static void keepArticlesThirtyDays() throws Exception {
        settings = Files.writeString(settingsDir.resolve("tinradar.yaml"),
                "kafka:\n  topic-prefix: " + TOPICS.prefix() + "\n", StandardCharsets.UTF_8);
        try (Admin admin = Admin.create(KAFKA.broker().kafka())) {
            ConfigResource scored = new ConfigResource(ConfigResource.Type.TOPIC, TOPICS.articlesScored.name());
            admin.incrementalAlterConfigs(Map.of(scored, List.of(new AlterConfigOp(new ConfigEntry("retention.ms",
                    String.valueOf(Duration.ofDays(30).toMillis())), AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    private int report(LocalDate from, LocalDate to) {
        return Commands.execute("report", "--from", from.toString(), "--to", to.toString(),
                "--bootstrap", KAFKA.broker().bootstrapServers(),
                "--config", settings.toString(), "--data-dir", dataDir.toString());
    }

    @Test
    void periodOlderThanTheArticlesRetentionIsRefusedWithTheEarliestKeptDay() {
        LocalDate today = LocalDate.now(VnTime.ZONE);
        LocalDate earliest = Instant.now().minus(Duration.ofDays(30)).atZone(VnTime.ZONE).toLocalDate().plusDays(1);

        int rc = report(today.minusDays(45), today.minusDays(39));

        assertThat(rc).isEqualTo(ReportCommand.PERIOD_NOT_KEPT);
        assertThat(console.err().strip())
                .startsWith("error: the period " + VnTime.DATE.format(today.minusDays(45)))
                .contains(TOPICS.articlesScored.name() + " keeps articles 30 days")
                .contains("the earliest day kept in full is " + VnTime.DATE.format(earliest))
                .doesNotContain("\n");
        assertThat(dataDir.resolve("reports")).doesNotExist();
    }

    @Test
    void periodInsideTheRetentionIsBuilt() {
        LocalDate today = LocalDate.now(VnTime.ZONE);

        int rc = report(today.minusDays(7), today.minusDays(1));

        assertThat(rc).as(console.err()).isZero();
        assertThat(console.out()).contains("Báo cáo / report: ");
    }

    @Test
    void formatDocxPrintsOnlyTheAdministrativeDocumentWhichIsArchived() {
        LocalDate today = LocalDate.now(VnTime.ZONE);

        int rc = Commands.execute("report", "--from", today.minusDays(7).toString(), "--to",
                today.minusDays(1).toString(), "--format", "docx", "--bootstrap", KAFKA.broker().bootstrapServers(),
                "--config", settings.toString(), "--data-dir", dataDir.toString());

        assertThat(rc).as(console.err()).isZero();
        assertThat(console.out().strip()).startsWith("DOCX (NĐ 30/2020): ").doesNotContain("PDF: ")
                .endsWith("bao-cao.docx").doesNotContain("\n");
        assertThat(Path.of(console.out().strip().substring("DOCX (NĐ 30/2020): ".length()))).isRegularFile();
    }

    @Test
    void annualReportOfAYearPastTheRetentionIsRefusedLikeAnyPeriod() {
        LocalDate today = LocalDate.now(VnTime.ZONE);

        int rc = Commands.execute("report", "--year", String.valueOf(today.getYear() - 1), "--bootstrap",
                KAFKA.broker().bootstrapServers(), "--config", settings.toString(), "--data-dir", dataDir.toString());

        assertThat(rc).isEqualTo(ReportCommand.PERIOD_NOT_KEPT);
        assertThat(console.err()).startsWith("error: the period 01/01/" + (today.getYear() - 1) + "–31/12/"
                + (today.getYear() - 1));
    }

    @Test
    void aReportOnTheDemosDataDirCountsTheDemosDraftAndSaysSo() throws Exception {
        // issue 14: `report --year` against a running demo did not see the draft its dashboard follows
        LocalDate today = LocalDate.now(VnTime.ZONE);
        // what the demo leaves in its data dir while it runs: its own alert settings
        Files.writeString(dataDir.resolve(TinRadarProcess.DEMO_ALERTS_FILE), DemoSite.alertsYaml(today),
                StandardCharsets.UTF_8);
        publish(scored("ht-1", "Người dân Bát Xát góp ý dự thảo hỗ trợ thu hồi đất",
                "Nhiều hộ cho rằng mức hỗ trợ thu hồi đất trong dự thảo còn thấp so với giá thị trường.", 3));

        int rc = report(today.minusDays(7), today.minusDays(1));

        assertThat(rc).as(console.err()).isZero();
        assertThat(console.out()).contains("includes the demo's draft policy");
        String page = console.out().lines().filter(l -> l.startsWith("Báo cáo / report: ")).findFirst().orElseThrow()
                .substring("Báo cáo / report: ".length());
        assertThat(Files.readString(Path.of(page), StandardCharsets.UTF_8))
                .contains("Dự thảo Nghị quyết quy định mức hỗ trợ khi Nhà nước thu hồi đất");
    }

    /** A scored article of the provincial paper, published {@code daysAgo} days ago. */
    private static ScoredArticle scored(String id, String title, String text, int daysAgo) {
        OffsetDateTime published = OffsetDateTime.now(VnTime.ZONE).minusDays(daysAgo).withNano(0);
        Instant now = Instant.now();
        Article a = new Article(Article.VERSION, id, "https://baolaocai.vn/" + id + ".html", "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, title, null, text, null, null, null, "vi", published, null, "page", now,
                "hash-" + id, null, true);
        return new ScoredArticle(ScoredArticle.VERSION, a, true, List.of(), List.of(),
                new Sentiment("neutral", 0, List.of()), null, "story-" + id, null, now);
    }

    private static void publish(ScoredArticle s) throws Exception {
        try (KafkaProducer<String, ScoredArticle> producer = new KafkaProducer<>(KAFKA.broker().kafka(),
                new StringSerializer(), TOPICS.articlesScored.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(TOPICS.articlesScored.name(), s.id(), s)).get();
        }
    }
}
