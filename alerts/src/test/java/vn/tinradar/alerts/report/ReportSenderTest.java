package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.common.text.VnTime;

class ReportSenderTest {

    @TempDir
    Path dataDir;

    // Monday 23/11/2026 07:05 in Lào Cai
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 7, 5)
            .atZone(VnTime.ZONE).toInstant());
    private final MemoryLedger ledger = new MemoryLedger();

    private ReportSender sender(MemoryLedger l) {
        AlertsConfig config = AlertsConfig.defaults();
        return new ReportSender(() -> config, l, new OutboxTransport(dataDir.resolve("outbox")),
                dataDir.resolve("reports"), List::of, List::of, clock);
    }

    private String outboxMessageId() throws Exception {
        try (Stream<Path> s = Files.list(dataDir.resolve("outbox"))) {
            Path only = s.findFirst().orElseThrow();
            try (var in = Files.newInputStream(only)) {
                return new MimeMessage(Session.getInstance(new Properties()), in).getMessageID();
            }
        }
    }

    private long outboxFiles() throws Exception {
        try (Stream<Path> s = Files.list(dataDir.resolve("outbox"))) {
            return s.count();
        }
    }

    @Test
    void mondayMorningMailsLastWeeksReportOnceEvenAfterARestart() throws Exception {
        assertThat(sender(ledger).sendIfDue()).isTrue();
        assertThat(sender(ledger).sendIfDue()).isFalse();

        assertThat(outboxFiles()).isEqualTo(1);
        assertThat(dataDir.resolve("reports/2026-11-16_2026-11-23/bao-cao.html")).exists();
        assertThat(ledger.get("report|2026-11-16|2026-11-23")).isPresent();
    }

    @Test
    void weeklyReportMailedAgainAfterItsReceiptWasLostKeepsItsMessageId() throws Exception {
        sender(ledger).sendIfDue();
        String first = outboxMessageId();

        // the receipt never reached the ledger (killed right after the SMTP server took the mail): sent again
        assertThat(sender(new MemoryLedger()).sendIfDue()).isTrue();

        assertThat(outboxMessageId()).isEqualTo(first).isEqualTo("<report-2026-11-16_2026-11-23@tinradar>");
    }

    @Test
    void reportAskedForByHandIsANewMailEachTime() throws Exception {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        sender(ledger).report(monday, monday.plusWeeks(1), true);
        String first = outboxMessageId();

        sender(ledger).report(monday, monday.plusWeeks(1), true);

        assertThat(outboxMessageId()).isNotEqualTo(first).doesNotContain("report-2026-11-16");
    }

    @Test
    void beforeSevenOnMondayTheWeekBeforeIsTheOneDue() {
        clock.advance(java.time.Duration.ofMinutes(-10));
        sender(ledger).sendIfDue();
        assertThat(ledger.get("report|2026-11-09|2026-11-16")).isPresent();
    }

    @Test
    void reportWeekMustStartOnAMonday() {
        assertThatThrownBy(() -> sender(ledger).sendWeekly(LocalDate.of(2026, 11, 18)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WEDNESDAY");
    }
}
