package vn.tinradar.alerts.spokes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.SmtpTransport;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.ResponseStatus;

class ResponseDeskTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** 10:00 on 18/11/2026 in Lào Cai. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T03:00:00Z"));
    private final MemorySpokesLog log = new MemorySpokesLog();
    private final DirectoryAdmin admin = LaoCaiDirectory.admin(clock, log);
    private final Agency muongHum = LaoCaiDirectory.agencies(admin).get(2);
    private ResponseDesk desk;

    @BeforeEach
    void mailServerAndSpokesperson() {
        // GreenMail starts before each test, so the desk is made here, with its port
        desk = new ResponseDesk(admin.directory(), log, new ResponseMail(
                new SmtpTransport(new AlertsConfig.Smtp("127.0.0.1", SMTP.getSmtp().getPort(), "", "", false, 2000)),
                "tinradar@stttt.example.vn", "https://tinradar.example.vn"), clock);
        admin.addPerson(new PersonDraft("Lý Văn Phát", "Phó Chủ tịch UBND xã", muongHum.id(),
                "phatngon.muonghum@example.vn", "0200 000 0101"), "admin");
    }

    @Test
    void aRequestIsMailedToTheAgencysSpokespersonWithTheDeadline() throws Exception {
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-19T17:00", "Đề nghị thông tin số hộ phải di dời."), "canbo1");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("phatngon.muonghum@example.vn");
        assertThat(received[0].getSubject()).isEqualTo(
                "[TinRadar] Đề nghị phản hồi chính thức: Sạt lở tăng đột biến tại xã Mường Hum");
        assertThat(GreenMailUtil.getBody(received[0])).contains("17:00 19/11/2026");
        assertThat(r.mailedTo()).containsExactly("phatngon.muonghum@example.vn");
        assertThat(r.status(clock.instant())).isEqualTo(ResponseStatus.REQUESTED);
    }

    @Test
    void oneReminderGoesADayBeforeTheDeadlineAndThenTheRequestIsOverdue() throws Exception {
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-21T17:00", ""), "canbo1");
        clock.advance(Duration.ofHours(24));
        assertThat(desk.remindDue()).isZero();

        clock.advance(Duration.ofHours(31));
        assertThat(desk.remindDue()).isEqualTo(1);
        assertThat(desk.remindDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(SMTP.getReceivedMessages()[1].getSubject()).startsWith("[TinRadar] Nhắc hạn phản hồi chính thức");

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(desk.find(r.id()).orElseThrow().status(clock.instant())).isEqualTo(ResponseStatus.OVERDUE);
    }

    @Test
    void aReminderAnotherDeskClaimedFirstIsLeftToIt() throws Exception {
        // issue 12: two alerts instances each mailed the same reminder
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-21T17:00", ""), "canbo1");
        clock.advance(Duration.ofHours(55));
        Instant otherDeskClaimedAt = clock.instant().minusMillis(40);
        log.readBack = written -> {
            if (written.reminderClaimedAt() != null) {
                // the other instance's claim is earlier in the topic than this desk's
                desk.apply(r.id(), written.withReminderClaimedAt(otherDeskClaimedAt));
            }
        };

        assertThat(desk.remindDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(desk.find(r.id()).orElseThrow().reminderClaimedAt()).isEqualTo(otherDeskClaimedAt);
        assertThat(desk.find(r.id()).orElseThrow().remindedAt()).isNull();
    }

    @Test
    void aClaimNotMarkedSentIsTakenOverOnceItExpires() throws Exception {
        // issue 14: the instance that claimed a reminder stopped before mailing it, and it was never sent
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-21T17:00", ""), "canbo1");
        clock.advance(Duration.ofHours(55));
        desk.apply(r.id(), r.withReminderClaimedAt(clock.instant())); // the other desk's claim, then nothing

        clock.advance(ResponseDesk.CLAIM_EXPIRY.minusSeconds(1));
        assertThat(desk.remindDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(desk.remindDue()).isEqualTo(1);

        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(desk.find(r.id()).orElseThrow().remindedAt()).isEqualTo(clock.instant());
        assertThat(desk.remindDue()).isZero();
    }

    @Test
    void aReminderSentTwiceCarriesTheSameMessageId() throws Exception {
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-21T17:00", ""), "canbo1");
        ResponseMail mail = new ResponseMail(new SmtpTransport(new AlertsConfig.Smtp("127.0.0.1",
                SMTP.getSmtp().getPort(), "", "", false, 2000)), "tinradar@stttt.example.vn", "https://x.example.vn");

        mail.sendReminder(r, List.of("phatngon.muonghum@example.vn"));
        mail.sendReminder(r, List.of("phatngon.muonghum@example.vn"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received[1].getMessageID()).isEqualTo("<response-" + r.id() + ".reminder@tinradar>")
                .isEqualTo(received[2].getMessageID());
        assertThat(received[0].getMessageID()).isEqualTo("<response-" + r.id() + ".request@tinradar>");
    }

    @Test
    void aRecordedResponseEndsTheRequestWithItsSpokesperson() {
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-19T17:00", ""), "canbo1");
        String person = admin.directory().personsOf(muongHum.id()).get(0).id();

        ResponseRequest answered = desk.respond(r.id(), new ResponseDraft("2026-11-19T09:30", "thông cáo báo chí",
                "Xã đã di dời 12 hộ khỏi vùng nguy cơ.", "https://muonghum.example.vn/thong-cao", person), "canbo1");

        assertThat(answered.status(clock.instant())).isEqualTo(ResponseStatus.RESPONDED);
        assertThat(answered.response().spokespersonName()).isEqualTo("Lý Văn Phát");
        clock.advance(Duration.ofDays(3));
        assertThat(desk.remindDue()).isZero();
    }

    @Test
    void aResponseWithNeitherTextNorLinkIsRefused() {
        ResponseRequest r = desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-19T17:00", ""), "canbo1");

        assertThatThrownBy(() -> desk.respond(r.id(), new ResponseDraft("", "họp báo", " ", "", ""), "canbo1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nội dung phản hồi");
    }

    @Test
    void aDeadlineInThePastIsRefusedAndNothingIsStored() {
        int before = log.written.size();

        assertThatThrownBy(() -> desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-17T17:00", ""), "canbo1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-17T17:00");
        assertThat(log.written).hasSize(before);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void requestsAreListedByAlertAndByStory() {
        desk.request(AgencyRouterTest.alert("thien-tai", "Xã Mường Hum"),
                new RequestDraft(muongHum.id(), "2026-11-19T17:00", ""), "canbo1");

        assertThat(desk.forAlert("topic-burst-7")).hasSize(1);
        assertThat(desk.forStory("story-42")).hasSize(1);
        assertThat(desk.forStory("story-9")).isEmpty();
        assertThat(List.copyOf(desk.all())).hasSize(1);
    }
}
