package vn.tinradar.deploy.web.spokes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.MailTransport;
import vn.tinradar.alerts.delivery.SmtpTransport;
import vn.tinradar.alerts.spokes.ResponseDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.spokes.RequestDraft;
import vn.tinradar.alerts.spokes.ResponseDraft;
import vn.tinradar.alerts.spokes.ResponseMail;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.ResponseStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * Two instances of the spokesperson network on one real broker, as two alerts processes of a split deployment: what
 * an admin imports or a staff member requests on one shows on the other, a removal reaches both, and a third
 * instance started afterwards reads everything back from the compacted topics. The rules without Kafka are in
 * alerts' {@code DirectoryImportTest}, {@code AgencyRouterTest} and {@code ResponseDeskTest}.
 */
class SpokesNetworkIT {

    private static final Topics TOPICS = new Topics("spokesit.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final Map<String, String> TOPIC_NAMES = Map.of("thien-tai", "Thiên tai (sạt lở, lũ quét, bão)",
            "dat-dai", "Đất đai, đền bù");

    @TempDir
    static Path outbox;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static SpokesNetwork instance() {
        return instance(TOPICS, new OutboxTransport(outbox));
    }

    private static SpokesNetwork instance(Topics topics, MailTransport mail) {
        return instance(topics, mail, ResponseDesk.CLAIM_EXPIRY);
    }

    private static SpokesNetwork instance(Topics topics, MailTransport mail, Duration claimExpiry) {
        return new SpokesNetwork(topics, KAFKA.broker().kafka(), Provinces.byName("Lào Cai"), TOPIC_NAMES,
                new ResponseMail(mail, "TinRadar <tinradar@stttt.laocai.example>", "http://localhost:8080"),
                Clock.systemUTC(), claimExpiry).start(Duration.ofSeconds(30));
    }

    @Test
    void directoryRequestsAndResponsesTravelBetweenInstancesAndSurviveARestart() throws Exception {
        try (SpokesNetwork first = instance(); SpokesNetwork second = instance()) {
            var report = first.admin().importCsv("co_quan,cap,dia_ban,chu_de,nguoi_phat_ngon,chuc_vu,email,dien_thoai\n"
                    + "UBND xã Mường Hum,xã,Xã Mường Hum,thien-tai|dat-dai,Lý Văn Phát,Phó Chủ tịch UBND xã,"
                    + "phatngon@muonghum.laocai.example,0900 000 201\n"
                    + "UBND xã Y Tý,xã,Xã Y Tý,thien-tai,,,,\n", "admin");
            assertThat(report.rejected()).isEmpty();
            TestBroker.await(() -> second.admin().directory().agencies().size() == 2
                    && second.admin().directory().persons().size() == 1, "the import on the second instance");

            Agency muongHum = second.admin().directory().agencies().get(0);
            assertThat(second.router().route(landslide(), second.admin().directory().agencies()))
                    .extracting(r -> r.agency().name()).containsExactly("UBND xã Mường Hum");

            ResponseRequest asked = first.desk().request(landslide(), new RequestDraft(muongHum.id(),
                    Instant.now().plus(2, ChronoUnit.DAYS).toString(), "Đề nghị cho biết số hộ đã di dời."), "canbo1");
            assertThat(asked.mailedTo()).containsExactly("phatngon@muonghum.laocai.example");
            try (var mails = Files.list(outbox)) {
                assertThat(mails.map(p -> p.getFileName().toString()).toList())
                        .contains("response-" + asked.id() + "-request.eml");
            }
            TestBroker.await(() -> second.desk().forAlert("topic-burst-7").size() == 1,
                    "the request on the second instance");

            second.desk().respond(asked.id(), new ResponseDraft("", "thông cáo báo chí",
                    "UBND xã đã di dời 12 hộ khỏi khu vực đồi sau thôn Séo Phìn.", "", ""), "canbo2");
            TestBroker.await(() -> first.desk().find(asked.id()).orElseThrow().status(Instant.now())
                    == ResponseStatus.RESPONDED, "the response on the first instance");

            String yTy = first.admin().directory().agencies().get(1).id();
            first.admin().removeAgency(yTy);
            TestBroker.await(() -> second.admin().directory().agency(yTy).isEmpty(), "the removal on the second");
        }

        try (SpokesNetwork restarted = instance()) {
            assertThat(restarted.admin().directory().agencies()).extracting(Agency::name)
                    .containsExactly("UBND xã Mường Hum");
            assertThat(restarted.desk().forStory("story-42")).singleElement()
                    .satisfies(r -> assertThat(r.response().channel()).isEqualTo("thông cáo báo chí"));
        }
    }

    @Test
    void twoInstancesDueTheSameReminderAtOnceMailItOnce() throws Exception {
        // issue 12: both alerts instances found the reminder due and both mailed it before either stored it
        Topics ownTopics = new Topics("spokesit-remind.");
        KAFKA.broker().createTopics(ownTopics, 1);
        try (SpokesNetwork first = instance(ownTopics, smtp()); SpokesNetwork second = instance(ownTopics, smtp())) {
            first.admin().importCsv("co_quan,cap,dia_ban,chu_de,nguoi_phat_ngon,chuc_vu,email,dien_thoai\n"
                    + "UBND xã Mường Hum,xã,Xã Mường Hum,thien-tai,Lý Văn Phát,Phó Chủ tịch UBND xã,"
                    + "phatngon@muonghum.laocai.example,0900 000 201\n", "admin");
            Agency muongHum = first.admin().directory().agencies().get(0);
            // a deadline 4 s away: the reminder is due halfway, after 2 s
            ResponseRequest asked = first.desk().request(landslide(), new RequestDraft(muongHum.id(),
                    Instant.now().plusSeconds(4).toString(), "Đề nghị xác nhận tình hình sạt lở."), "canbo1");
            TestBroker.await(() -> second.desk().find(asked.id()).isPresent(), "the request on the second instance");
            Thread.sleep(Duration.between(Instant.now(), ResponseDesk.reminderAt(asked)).toMillis() + 100);

            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Integer> byFirst = CompletableFuture.supplyAsync(() -> remindWhenBothReady(together, first));
            CompletableFuture<Integer> bySecond = CompletableFuture.supplyAsync(() -> remindWhenBothReady(together, second));

            assertThat(byFirst.get(30, TimeUnit.SECONDS) + bySecond.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith(
                    "[TinRadar] Nhắc hạn phản hồi chính thức")).count()).isEqualTo(1);
            TestBroker.await(() -> first.desk().find(asked.id()).orElseThrow().remindedAt() != null
                    && first.desk().find(asked.id()).orElseThrow().remindedAt()
                    .equals(second.desk().find(asked.id()).orElseThrow().remindedAt()), "one reminder time on both");
        }
    }

    @Test
    void aReminderWhoseClaimantStoppedBeforeMailingIsSentByTheOtherInstanceAfterTheClaimExpires() throws Exception {
        // issue 14: the instance that claimed a reminder died before mailing it, and it was never sent
        Topics ownTopics = new Topics("spokesit-expire.");
        KAFKA.broker().createTopics(ownTopics, 1);
        Duration expiry = Duration.ofSeconds(6);
        CountDownLatch stuck = new CountDownLatch(1);
        SpokesNetwork dying = instance(ownTopics, new DyingTransport(smtp(), stuck), expiry);
        boolean dyingStopped = false;
        try (SpokesNetwork survivor = instance(ownTopics, smtp(), expiry)) {
            dying.admin().importCsv("co_quan,cap,dia_ban,chu_de,nguoi_phat_ngon,chuc_vu,email,dien_thoai\n"
                    + "UBND xã Y Tý,xã,Xã Y Tý,thien-tai,Lò Thị Mai,Chủ tịch UBND xã,"
                    + "phatngon@yty.laocai.example,0900 000 301\n", "admin");
            Agency yTy = dying.admin().directory().agencies().get(0);
            // the survivor reads the directory from the topic: asking it before then names an agency it has not seen
            TestBroker.await(() -> survivor.admin().directory().agencies().stream()
                    .anyMatch(a -> a.id().equals(yTy.id())), "the directory on the survivor");
            ResponseRequest asked = survivor.desk().request(landslide(), new RequestDraft(yTy.id(),
                    Instant.now().plusSeconds(2).toString(), "Đề nghị xác nhận số hộ phải sơ tán."), "canbo1");
            TestBroker.await(() -> dying.desk().find(asked.id()).isPresent(), "the request on the dying instance");
            Thread.sleep(Duration.between(Instant.now(), ResponseDesk.reminderAt(asked)).toMillis() + 100);

            // the claimant stores its claim, then hangs in its SMTP submission and is stopped there
            CompletableFuture<Integer> claimant = CompletableFuture.supplyAsync(() -> dying.desk().remindDue());
            assertThat(stuck.await(30, TimeUnit.SECONDS)).as("the dying instance reached its mail").isTrue();
            dying.close();
            dyingStopped = true;
            TestBroker.await(() -> survivor.desk().find(asked.id()).orElseThrow().reminderClaimedAt() != null,
                    "the claim on the survivor");
            assertThat(survivor.desk().remindDue()).as("the claim still stands").isZero();

            Instant expires = survivor.desk().find(asked.id()).orElseThrow().reminderClaimedAt().plus(expiry);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expires).toMillis()) + 100);
            assertThat(survivor.desk().remindDue()).isEqualTo(1);
            assertThat(claimant.get(30, TimeUnit.SECONDS)).as("the stopped instance sent nothing").isZero();

            List<MimeMessage> reminders = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> subject(m).startsWith("[TinRadar] Nhắc hạn phản hồi chính thức")).toList();
            assertThat(reminders).singleElement().satisfies(m -> assertThat(m.getMessageID())
                    .isEqualTo("<response-" + asked.id() + ".reminder@tinradar>"));
            assertThat(survivor.desk().find(asked.id()).orElseThrow().remindedAt()).isNotNull();
        } finally {
            if (!dyingStopped) {
                dying.close();
            }
        }
    }

    /** A mail transport whose process is stopped in the middle of the reminder's SMTP submission: nothing goes. */
    private record DyingTransport(MailTransport smtp, CountDownLatch stuck) implements MailTransport {

        @Override
        public jakarta.mail.Session session() {
            return smtp.session();
        }

        @Override
        public void send(MimeMessage message, String deliveryKey) throws MessagingException, java.io.IOException {
            if (!deliveryKey.endsWith("-reminder")) {
                smtp.send(message, deliveryKey);
                return;
            }
            stuck.countDown();
            throw new MessagingException("the process was stopped during the SMTP submission");
        }

        @Override
        public String channel() {
            return smtp.channel();
        }
    }

    private static int remindWhenBothReady(CyclicBarrier together, SpokesNetwork instance) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other instance did not come", e);
        }
        return instance.desk().remindDue();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MailTransport smtp() {
        return new SmtpTransport(new AlertsConfig.Smtp("127.0.0.1", SMTP.getSmtp().getPort(), "", "", false, 2000));
    }

    private static Alert landslide() {
        Instant t = Instant.now();
        return new Alert(Alert.VERSION, "topic-burst-7", "topic-burst", Severity.URGENT, AlertStatus.FIRING,
                "Sạt lở tăng đột biến tại Xã Mường Hum", "", "", List.of(), List.of(), "story-42", "thien-tai",
                "Xã Mường Hum", t, t, t, 1, null, null);
    }
}
