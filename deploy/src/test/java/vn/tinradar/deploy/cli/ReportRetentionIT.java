package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.text.VnTime;

/**
 * {@code report} on a real broker whose articles topic an operator has cut to 30 days: a period inside is built, a
 * period older than that is refused with the retention and the earliest kept day, exit 4 (issue 12).
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
}
