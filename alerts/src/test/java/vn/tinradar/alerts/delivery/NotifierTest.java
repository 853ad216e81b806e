package vn.tinradar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;

class NotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MemoryLedger ledger = new MemoryLedger();
    private final AlertsConfig config = AlertsConfig.defaults();

    private Notifier notifier(MailTransport transport) {
        return notifier(config, transport);
    }

    private Notifier notifier(AlertsConfig c, MailTransport transport) {
        return new Notifier(c, ledger, transport, null, new Silences(ledger, clock), a -> false,
                new AlertMetrics(registry), clock);
    }

    private static AlertsConfig config(String userYaml) {
        return AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", userYaml)
                .overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    /** A port nothing listens on yet: the mail server is down until the test starts one there. */
    private static int freePort() throws java.io.IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private SmtpTransport smtp(int port) {
        return new SmtpTransport(new AlertsConfig.Smtp("127.0.0.1", port, "", "", false, 2000));
    }

    @Test
    void emailOverSmtpHasVietnameseSubjectAndPlainAndHtmlParts() throws Exception {
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.URGENT, 1);

        assertThat(notifier(smtp(SMTP.getSmtp().getPort())).notify(alert)).containsEntry("email", Notifier.Outcome.SENT);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .isEqualTo("[TinRadar] [Khẩn] Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Bảo Hà");
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Vì sao cảnh báo")
                .contains("mức nền 1,5 bài").contains("Sạt lở đe dọa 12 hộ dân ở xã Bảo Hà");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<a href=\"https://baolaocai.vn/bao-lao-cai-1.html\">");
        assertThat(registry.get("tinradar.alerts.sent").tag("channel", "smtp").tag("result", "ok").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void withoutSmtpEachNotificationIsWrittenAsEmlToTheOutbox() throws Exception {
        Path outbox = dataDir.resolve("outbox");
        notifier(new OutboxTransport(outbox)).notify(Fixtures.alert("story-spread-xyz", Severity.WARNING, 1));

        List<Path> files;
        try (Stream<Path> s = Files.list(outbox)) {
            files = s.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).endsWith(".eml");
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage eml = new MimeMessage(null, in);
            assertThat(eml.getSubject()).startsWith("[TinRadar] [Cảnh báo] Thiên tai");
            assertThat(((Multipart) eml.getContent()).getCount()).isEqualTo(2);
        }
    }

    @Test
    void deliveryRecordedBeforeRestartIsNotSentAgain() {
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        notifier(smtp(SMTP.getSmtp().getPort())).notify(alert);

        Notifier afterRestart = notifier(smtp(SMTP.getSmtp().getPort()));
        Map<String, Notifier.Outcome> again = afterRestart.notify(alert);

        assertThat(again).containsEntry("email", Notifier.Outcome.ALREADY_SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void grownAlertDoesNotMailAgainButRisenSeverityDoes() throws Exception {
        Notifier n = notifier(smtp(SMTP.getSmtp().getPort()));
        n.notify(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));
        n.notify(Fixtures.alert("topic-burst-abc", Severity.WARNING, 2));
        n.notify(Fixtures.alert("topic-burst-abc", Severity.URGENT, 3));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getSubject()).startsWith("[TinRadar] [Khẩn] (nâng mức) ");
    }

    @Test
    void smtpDownThenUpDeliversExactlyOnce() throws Exception {
        int port = freePort();
        Notifier n = notifier(smtp(port));
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.URGENT, 1);

        assertThat(n.notify(alert)).containsEntry("email", Notifier.Outcome.FAILED);
        assertThat(n.notify(alert)).containsEntry("email", Notifier.Outcome.RETRY_PENDING);

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            clock.advance(Duration.ofMillis(config.email().retryInitialMs()));
            assertThat(n.retryDue()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(10));
            assertThat(n.retryDue()).isZero();
            assertThat(n.notify(alert)).containsEntry("email", Notifier.Outcome.ALREADY_SENT);
            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(n.pendingCount()).isZero();
        } finally {
            server.stop();
        }
    }

    /**
     * Issue 12, drill "all three brokers down": an alert's warning mail waited in its retry backoff while the alert
     * became urgent, and staff got the urgent mail 33 s before the warning. The urgent mail supersedes the warning
     * still waiting: one mail, at the level the alert has now.
     */
    @Test
    void urgentMailSupersedesTheWarningStillWaitingForItsRetry() throws Exception {
        int port = freePort();
        Notifier n = notifier(smtp(port));
        assertThat(n.notify(Fixtures.alert("story-trend-vo-dap", Severity.WARNING, 1)))
                .containsEntry("email", Notifier.Outcome.FAILED);

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            clock.advance(Duration.ofMillis(config.email().retryInitialMs() / 2));
            assertThat(n.notify(Fixtures.alert("story-trend-vo-dap", Severity.URGENT, 2)))
                    .containsEntry("email", Notifier.Outcome.SENT);
            clock.advance(Duration.ofMinutes(10));
            n.retryDue();

            MimeMessage[] received = server.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).startsWith("[TinRadar] [Khẩn] ").doesNotContain("(nâng mức)");
            assertThat(n.pendingCount()).isZero();
            assertThat(registry.get("tinradar.alerts.sent").tag("result", "superseded").counter().count())
                    .isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void silencedAlertIsNotSentUntilTheSilenceEnds() {
        Silences silences = new Silences(ledger, clock);
        Silence s = silences.add(new Silence(null, null, null, "Xa Bao Ha", null, null, Fixtures.T0,
                Fixtures.T0.plusSeconds(1), "nguyen.van.an", "Đã nắm tình hình, xã đang xử lý"), 60);
        Notifier n = notifier(smtp(SMTP.getSmtp().getPort()));
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.URGENT, 1);

        assertThat(n.notify(alert)).containsEntry("email", Notifier.Outcome.SILENCED);
        silences.expire(s.id());
        clock.advance(Duration.ofSeconds(1));

        assertThat(n.notify(alert)).containsEntry("email", Notifier.Outcome.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void routeAddsRecipientsForAlertsInItsPlace() throws Exception {
        AlertsConfig.Route route = new AlertsConfig.Route("bao-ha", List.of("thien-tai"), List.of("Xã Bảo Hà"),
                List.of(), Severity.WARNING, List.of("chutich.baoha@laocai.gov.vn"));
        Router router = new Router(config.email().to(), List.of(route));

        assertThat(router.recipients(Fixtures.alert("a", Severity.URGENT, 1)))
                .containsExactly("theodoi@stttt.laocai.gov.vn", "chutich.baoha@laocai.gov.vn");
        assertThat(router.recipients(Fixtures.alert("a", Severity.INFO, 1)))
                .containsExactly("theodoi@stttt.laocai.gov.vn");
    }

    @Test
    void duringQuietHoursOnlyUrgentAlertsAreMailedAndTheRestWaitUntilMorning() {
        // Fixtures.T0 is 08:00 in Lào Cai; quiet from 07:30 to 08:30 for this test
        Notifier n = notifier(config("""
                alerts:
                  email:
                    quiet-hours: {start: "07:30", end: "08:30"}
                """), smtp(SMTP.getSmtp().getPort()));

        assertThat(n.notify(Fixtures.alert("a", Severity.WARNING, 1))).containsEntry("email", Notifier.Outcome.DEFERRED);
        assertThat(n.notify(Fixtures.alert("b", Severity.URGENT, 1))).containsEntry("email", Notifier.Outcome.SENT);
        clock.advance(Duration.ofMinutes(31));
        assertThat(n.notify(Fixtures.alert("a", Severity.WARNING, 1))).containsEntry("email", Notifier.Outcome.SENT);
    }

    @Test
    void alertNobodyAcknowledgesIsEscalatedOnceAfterTheDeadline() throws Exception {
        Notifier n = notifier(config("""
                alerts:
                  email:
                    escalation:
                      - after-minutes: 30
                        to: [pho.giam.doc@stttt.laocai.gov.vn]
                """), smtp(SMTP.getSmtp().getPort()));
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        n.notify(alert);
        clock.advance(Duration.ofMinutes(29));
        assertThat(n.notify(alert)).doesNotContainKey("escalation");

        clock.advance(Duration.ofMinutes(1));
        assertThat(n.notify(alert)).containsEntry("escalation", Notifier.Outcome.SENT);
        assertThat(n.notify(alert)).containsEntry("escalation", Notifier.Outcome.ALREADY_SENT);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getSubject()).startsWith("[TinRadar] [Cảnh báo] (chưa tiếp nhận) ");
        assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo("pho.giam.doc@stttt.laocai.gov.vn");
    }

    @Test
    void alertStillUnacknowledgedGoesToTheNextGroupAtEachStep() throws Exception {
        Notifier n = notifier(config("""
                alerts:
                  email:
                    escalation:
                      - after-minutes: 30
                        to: [truong.phong@stttt.laocai.gov.vn]
                      - after-minutes: 120
                        to: [giam.doc@stttt.laocai.gov.vn]
                """), smtp(SMTP.getSmtp().getPort()));
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        n.notify(alert);
        clock.advance(Duration.ofMinutes(30));
        n.notify(alert);
        clock.advance(Duration.ofMinutes(90));
        assertThat(n.notify(alert)).containsEntry("escalation", Notifier.Outcome.SENT);
        n.notify(alert);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString()).containsExactly(
                "theodoi@stttt.laocai.gov.vn", "truong.phong@stttt.laocai.gov.vn", "giam.doc@stttt.laocai.gov.vn");
        assertThat(received[2].getMessageID()).isNotEqualTo(received[1].getMessageID());
    }

    @Test
    void assigneeIsToldAndOverdueAssignmentGoesToThemAndOneGroupUp() throws Exception {
        Notifier n = notifier(config("""
                alerts:
                  email:
                    staff:
                      le.van.cuong: cuong.lv@stttt.laocai.gov.vn
                    escalation:
                      - after-minutes: 600
                        to: [truong.phong@stttt.laocai.gov.vn]
                """), smtp(SMTP.getSmtp().getPort()));
        Alert a = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        Alert acked = new Alert(a.v(), a.id(), a.rule(), a.severity(), AlertStatus.ACKNOWLEDGED, a.title(), a.summary(),
                a.suggestedAction(), a.signals(), a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(),
                a.lastSeen(), a.updatedAt(), 2, "tran.thi.binh", clock.instant());
        n.assignments(id -> java.util.Optional.of(new vn.tinradar.alerts.view.Assignment(id, "le.van.cuong",
                Fixtures.T0.plus(Duration.ofHours(4)), "tran.thi.binh", Fixtures.T0)));

        assertThat(n.notify(acked)).containsEntry("assigned", Notifier.Outcome.SENT)
                .doesNotContainKey("assignment-overdue");
        clock.advance(Duration.ofHours(4).plusMinutes(1));
        assertThat(n.notify(acked)).containsEntry("assignment-overdue", Notifier.Outcome.SENT);
        assertThat(n.notify(acked)).containsEntry("assignment-overdue", Notifier.Outcome.ALREADY_SENT);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1 + 2); // GreenMail keeps one copy per recipient
        assertThat(received[0].getSubject()).startsWith("[TinRadar] [Cảnh báo] (giao xử lý) ");
        assertThat(received[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("cuong.lv@stttt.laocai.gov.vn");
        assertThat((String) ((Multipart) received[0].getContent()).getBodyPart(0).getContent())
                .startsWith("Cảnh báo này được giao cho le.van.cuong xử lý (tran.thi.binh giao lúc 08:00 20/11/2026,"
                        + " hạn phản hồi 12:00 20/11/2026).");
        assertThat(received[1].getSubject()).startsWith("[TinRadar] [Cảnh báo] (quá hạn xử lý) ");
        assertThat(received[1].getAllRecipients()).extracting(Object::toString)
                .containsExactly("cuong.lv@stttt.laocai.gov.vn", "truong.phong@stttt.laocai.gov.vn");
    }

    @Test
    void lesserAlertMutedByASevereOneOnItsStoryStillTellsItsAssignee() {
        Notifier n = new Notifier(config, ledger, smtp(SMTP.getSmtp().getPort()), null, new Silences(ledger, clock),
                a -> true, new AlertMetrics(registry), clock);
        n.assignments(id -> java.util.Optional.of(new vn.tinradar.alerts.view.Assignment(id, "le.van.cuong",
                Fixtures.T0.plus(Duration.ofHours(4)), "tran.thi.binh", Fixtures.T0)));

        var outcomes = n.notify(Fixtures.alert("negative-surge-abc", Severity.WARNING, 1));

        assertThat(outcomes).containsEntry("assigned", Notifier.Outcome.SENT)
                .containsEntry("email", Notifier.Outcome.INHIBITED);
    }

    @Test
    void resolvedAssignedAlertIsNotChasedAfterItsDeadline() {
        Notifier n = notifier(smtp(SMTP.getSmtp().getPort()));
        Alert a = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        Alert resolved = new Alert(a.v(), a.id(), a.rule(), a.severity(), AlertStatus.RESOLVED, a.title(), a.summary(),
                a.suggestedAction(), a.signals(), a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(),
                a.lastSeen(), a.updatedAt(), 2, "tran.thi.binh", clock.instant());
        n.assignments(id -> java.util.Optional.of(new vn.tinradar.alerts.view.Assignment(id, "le.van.cuong",
                Fixtures.T0.plus(Duration.ofHours(1)), "tran.thi.binh", Fixtures.T0)));
        clock.advance(Duration.ofHours(2));

        assertThat(n.notify(resolved)).doesNotContainKeys("assigned", "assignment-overdue");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void acknowledgedAlertIsNeitherMailedNorEscalated() {
        Notifier n = notifier(config("""
                alerts:
                  email:
                    escalation:
                      - after-minutes: 1
                        to: [pho.giam.doc@stttt.laocai.gov.vn]
                """), smtp(SMTP.getSmtp().getPort()));
        Alert a = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        n.notify(a);
        clock.advance(Duration.ofMinutes(5));
        Alert acked = new Alert(a.v(), a.id(), a.rule(), a.severity(), AlertStatus.ACKNOWLEDGED, a.title(), a.summary(),
                a.suggestedAction(), a.signals(), a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(),
                a.lastSeen(), a.updatedAt(), 2, "tran.thi.binh", clock.instant());

        assertThat(n.notify(acked)).containsEntry("email", Notifier.Outcome.NOT_DUE).doesNotContainKey("escalation");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void storyAlertEmailCarriesItsArticleTimelineAsAnInlineChart() throws Exception {
        Alert a = Fixtures.alert("story-spread-xyz", Severity.URGENT, 1);
        Alert story = new Alert(a.v(), a.id(), "story-spread", a.severity(), a.status(), a.title(), a.summary(),
                a.suggestedAction(), a.signals(), Fixtures.fabricatedStory(6, 0.8).articles(), "story-benh-vien-tu-choi",
                "y-te", null, a.firstSeen(), a.lastSeen(), a.updatedAt(), 1, null, null);

        notifier(smtp(SMTP.getSmtp().getPort())).notify(story);

        Multipart alternative = (Multipart) SMTP.getReceivedMessages()[0].getContent();
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        assertThat(related.getContentType()).startsWith("multipart/related");
        assertThat((String) related.getBodyPart(0).getContent()).contains("src=\"cid:dien-bien@tinradar\"");
        assertThat(related.getBodyPart(1).getContentType()).startsWith("image/png");
        byte[] png;
        try (InputStream in = related.getBodyPart(1).getInputStream()) {
            png = in.readAllBytes();
        }
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(560);
        Files.write(Path.of("target", "story-alert-timeline.png"), png);
    }

    @Test
    void webhookIsCalledOncePerSeverityAndRetriedAfterAServerError() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger(500);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        try {
            AlertsConfig.Webhook hook = new AlertsConfig.Webhook("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/hook", "bi-mat", 2000, Severity.WARNING);
            Notifier n = new Notifier(config, ledger, null, new WebhookTransport(hook), new Silences(ledger, clock),
                    a -> false, new AlertMetrics(registry), clock);
            Alert alert = Fixtures.alert("story-spread-xyz", Severity.URGENT, 1);

            assertThat(n.notify(alert)).containsEntry("webhook", Notifier.Outcome.FAILED);
            status.set(200);
            clock.advance(Duration.ofMillis(config.email().retryInitialMs()));
            assertThat(n.retryDue()).isEqualTo(1);
            assertThat(n.notify(Fixtures.alert("story-spread-xyz", Severity.URGENT, 2)))
                    .containsEntry("webhook", Notifier.Outcome.ALREADY_SENT);
            assertThat(calls.get()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void mailWhoseReceiptWasNeverStoredIsSentAgainAfterRestartUnderTheSameMessageIdAndCountedUnconfirmed()
            throws Exception {
        Alert alert = Fixtures.alert("story-spread-vo-dap-bat-xat", Severity.URGENT, 1);
        SmtpTransport server = smtp(SMTP.getSmtp().getPort());
        // the server takes the mail, then the reply is lost: the sender cannot tell that from a mail never taken
        MailTransport replyLost = new MailTransport() {
            @Override
            public jakarta.mail.Session session() {
                return server.session();
            }

            @Override
            public void send(MimeMessage message, String deliveryKey) throws jakarta.mail.MessagingException,
                    java.io.IOException {
                server.send(message, deliveryKey);
                throw new java.io.IOException("Exception reading response");
            }

            @Override
            public String channel() {
                return "smtp";
            }
        };
        assertThat(notifier(replyLost).notify(alert)).containsEntry("email", Notifier.Outcome.FAILED);
        assertThat(ledger.entries("attempt|")).hasSize(1);
        assertThat(ledger.entries("delivery|")).isEmpty();

        Notifier afterRestart = notifier(server);
        assertThat(afterRestart.notify(alert)).containsEntry("email", Notifier.Outcome.SENT);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID())
                .isEqualTo("<story-spread-vo-dap-bat-xat.urgent@tinradar>");
        assertThat(ledger.entries("attempt|").values().iterator().next()).contains(received[0].getMessageID());
        assertThat(registry.get("tinradar.alerts.sent").tag("channel", "smtp").tag("result", "unconfirmed")
                .counter().count()).isEqualTo(1);
    }

    @Test
    void mailSentAtFirstTryCountsNoUnconfirmedSend() {
        notifier(smtp(SMTP.getSmtp().getPort())).notify(Fixtures.alert("topic-burst-abc", Severity.URGENT, 1));

        assertThat(ledger.entries("delivery|")).hasSize(1);
        assertThat(registry.find("tinradar.alerts.sent").tag("result", "unconfirmed").counter()).isNull();
    }

    @Test
    void reminderMessageIdNamesItsRoundNotTheAlertsRevisionSoAResendKeepsIt() throws Exception {
        Notifier n = notifier(config("""
                alerts:
                  email:
                    repeat-after-hours: 4
                """), smtp(SMTP.getSmtp().getPort()));
        n.notify(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));

        clock.advance(Duration.ofHours(4));
        n.notify(Fixtures.alert("topic-burst-abc", Severity.WARNING, 7));

        assertThat(SMTP.getReceivedMessages()[1].getMessageID()).isEqualTo("<topic-burst-abc.reminder.r1@tinradar>");
    }

    @Test
    void firingAlertNobodyTakesIsRemindedEveryRepeatInterval() throws Exception {
        Notifier n = notifier(config("""
                alerts:
                  email:
                    repeat-after-hours: 4
                """), smtp(SMTP.getSmtp().getPort()));
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.WARNING, 1);
        n.notify(alert);

        clock.advance(Duration.ofHours(4));
        assertThat(n.notify(alert)).containsEntry("reminder", Notifier.Outcome.SENT);
        clock.advance(Duration.ofHours(1));
        assertThat(n.notify(alert)).containsEntry("reminder", Notifier.Outcome.ALREADY_SENT);
        clock.advance(Duration.ofHours(3));
        assertThat(n.notify(alert)).containsEntry("reminder", Notifier.Outcome.SENT);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[2].getSubject()).startsWith("[TinRadar] [Cảnh báo] (nhắc lại) ");
    }

    @Test
    void silencedAlertOfferedEveryMinuteIsCountedOnce() {
        Silences silences = new Silences(ledger, clock);
        silences.add(new Silence(null, "topic-burst", null, null, null, null, Fixtures.T0, Fixtures.T0.plusSeconds(1),
                "nguyen.van.an", "Đã nắm tình hình"), 60);
        Notifier n = notifier(smtp(SMTP.getSmtp().getPort()));
        for (int minute = 0; minute < 5; minute++) {
            n.notify(Fixtures.alert("topic-burst-abc", Severity.URGENT, 1));
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(registry.get("tinradar.alerts.sent").tag("result", "silenced").counter().count()).isEqualTo(1);
    }
    @Test
    void alertWhosePartitionAnotherInstanceHoldsIsLeftToIt() {
        Notifier notifier = notifier(smtp(SMTP.getSmtp().getPort()));
        notifier.owner(alert -> false);

        Map<String, Notifier.Outcome> outcomes = notifier.notify(Fixtures.alert("topic-burst-abc", Severity.URGENT, 1));

        assertThat(outcomes).containsEntry("email", Notifier.Outcome.NOT_OWNER);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void receiptAnotherInstanceRecordedJustBeforeTheSendStopsIt() {
        Alert alert = Fixtures.alert("topic-burst-abc", Severity.URGENT, 1);
        // the previous owner mailed the alert and recorded it after this instance last read the ledger
        MemoryLedger shared = new MemoryLedger() {
            @Override
            public void refresh() {
                restore(Notifier.key(alert.id(), "email", "urgent"), "{\"at\":\"2026-11-20T02:00:00Z\"}");
            }
        };
        Notifier notifier = new Notifier(config, shared, smtp(SMTP.getSmtp().getPort()), null,
                new Silences(shared, clock), a -> false, new AlertMetrics(registry), clock);

        assertThat(notifier.notify(alert)).containsEntry("email", Notifier.Outcome.ALREADY_SENT);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
