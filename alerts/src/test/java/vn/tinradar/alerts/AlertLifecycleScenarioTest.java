package vn.tinradar.alerts;

import vn.tinradar.common.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.delivery.Silence;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.alerts.delivery.SmtpTransport;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;

/**
 * The life of alerts as staff see it, on a real SMTP server (GreenMail) and the production topology: an alert
 * fires and is mailed, grows without mailing again, is acknowledged and resolved; a silence mutes another; the
 * mail server goes down and comes back and the mail arrives exactly once; a restart (new view and notifier over
 * the same ledger) remembers everything and sends nothing twice.
 */
class AlertLifecycleScenarioTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Fixtures.T0.plusSeconds(7200));
    private final MemoryLedger ledger = new MemoryLedger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AlertsConfig config = AlertsConfig.defaults();
    private RulesDriver rules;
    private GreenMail smtp;
    private int smtpPort;

    /** The view and notifier of one run of the service. */
    private record Run(AlertBoard board, Notifier notifier) {

        void read(List<Alert> records) {
            for (Alert a : records) {
                board.accept(a).ifPresent(notifier::notify);
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        rules = new RulesDriver(() -> config, a -> { }, dataDir);
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        rules.close();
        smtp.stop();
    }

    private Run run(List<Alert> topicSoFar) {
        AlertBoard board = new AlertBoard(ledger, clock, new AlertMetrics(registry), topicSoFar::add);
        Notifier notifier = new Notifier(config, ledger,
                new SmtpTransport(new AlertsConfig.Smtp("127.0.0.1", smtpPort, "", "", false, 2000)), null,
                new Silences(ledger, clock), board::inhibited, new AlertMetrics(registry), clock);
        return new Run(board, notifier);
    }

    @Test
    void alertLivesFromFiringToResolvedAndARestartForgetsNothing() throws Exception {
        List<Alert> topic = new java.util.ArrayList<>();
        Run first = run(topic);

        // fires, mailed once
        rules.trend(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();
        List<Alert> out = rules.newAlerts();
        topic.addAll(out);
        first.read(out);
        String landslide = out.get(0).id();
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // grows as more articles arrive: same alert, higher revision, no second mail
        rules.trend(Fixtures.landslideTrend(14, 6.0, Fixtures.T0.plusSeconds(3600), List.of("vtv-5", "dan-tri-8")));
        out = rules.newAlerts();
        topic.addAll(out);
        first.read(out);
        assertThat(first.board().alert(landslide).orElseThrow().revision()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // acknowledged, then resolved, by a named person
        first.board().acknowledge(landslide, "tran.thi.binh");
        clock.advance(Duration.ofHours(1));
        first.board().resolve(landslide, "tran.thi.binh");

        // a silence on the story mutes its alert
        new Silences(ledger, clock).add(new Silence(null, null, null, null, "story-benh-vien-tu-choi", null,
                clock.instant(), clock.instant().plusSeconds(1), "nguyen.van.an", "Công an tỉnh đang xác minh"), 120);
        rules.story(Fixtures.fabricatedStory(4, 0.82));
        out = rules.newAlerts();
        topic.addAll(out);
        first.read(out);
        String rumour = out.get(0).id();
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // the mail server goes down; the silence ends; the send fails and waits
        smtp.stop();
        clock.advance(Duration.ofMinutes(121));
        first.notifier().notify(first.board().alert(rumour).orElseThrow());
        assertThat(first.notifier().pendingCount()).isEqualTo(1);

        // it comes back: delivered exactly once
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.advance(Duration.ofMinutes(5));
        assertThat(first.notifier().retryDue()).isEqualTo(1);
        assertThat(first.notifier().retryDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // restart: the view is rebuilt from the topic and the ledger; nothing is sent again
        Run second = run(new java.util.ArrayList<>());
        second.read(topic);
        assertThat(second.board().alert(landslide).orElseThrow().status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(second.board().alert(rumour).orElseThrow().status()).isEqualTo(AlertStatus.FIRING);
        second.board().alerts(AlertStatus.FIRING).forEach(second.notifier()::notify);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(second.board().audit(landslide)).extracting(e -> e.action())
                .containsExactly("acknowledged", "resolved");
    }
}
