package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.IncidentChange;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.deploy.incident.IncidentBook;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.incident.IncidentSubjects;
import vn.tinradar.deploy.incident.KafkaIncidentLog;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.AlertStream;
import vn.tinradar.deploy.web.Backends;
import vn.tinradar.deploy.web.Incidents;
import vn.tinradar.deploy.web.WebServer;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;

/**
 * The "Sự cố" page in headless Chromium against a real web server whose incidents live in a real broker's
 * {@code incidents} topic: staff open an incident's page, read its timeline (articles with their source and tone,
 * the official response), add a hand-over note through the form, and turn the timeline oldest first.
 */
class IncidentPageIT {

    private static final Topics TOPICS = new Topics("it-incident-page.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final String STAFF = "tran.thi.binh";
    private static final String PASSWORD = "Mật-khẩu-đủ-dài-2026";
    private static KafkaIncidentLog log;
    private static MetricsRegistry metrics;
    private static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        IncidentBook book = new IncidentBook();
        log = new KafkaIncidentLog(TOPICS, KAFKA.broker().kafka(), book).start(Duration.ofSeconds(30));
        log.write(landslideIncident());
        IncidentService incidents = new IncidentService(book, log, new IncidentSubjects() {
            @Override
            public Optional<Alert> alert(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Story> story(String id) {
                return Optional.empty();
            }
        }, Clock.systemUTC());
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword(STAFF, "staff", PASSWORD);
        metrics = new MetricsRegistry();
        web = new WebServer(new Backends(null, null, null), users, null,
                new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
                PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.defaultProvince(), ServiceForwarder.NONE,
                null, new Incidents(incidents, null)).start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
        metrics.close();
        log.close();
    }

    @Test
    void staffReadTheTimelineAndHandTheIncidentOverToTheNextShift() throws Exception {
        assertThat(DashboardBrowser.available()).as("Debian's chromium and chromium-driver are installed").isTrue();
        try (DashboardBrowser browser = new DashboardBrowser(web.port(), Files.createTempDirectory("chromium"))) {
            String page = browser.openIncident(STAFF, PASSWORD, "inc-muong-hum");

            assertThat(page).contains("Sạt lở ở xã Mường Hum").contains("Đang xử lý")
                    .contains("Khối sạt lở tại xã Mường Hum tiếp tục dịch chuyển").contains("Báo Lào Cai")
                    .contains("tiêu cực").contains("UBND xã Mường Hum");
            assertThat(browser.addHandover("Ca đêm: khối sạt lở ổn định, 118 người vẫn ở nơi tạm trú."))
                    .contains("Bàn giao ca");
            assertThat(browser.timelineOldestFirst()).contains("Sạt lở đe dọa khu dân cư, xã Mường Hum khẩn trương di dời");
        }
    }

    private static Incident landslideIncident() {
        OffsetDateTime t = OffsetDateTime.now().minusHours(6).withNano(0);
        List<IncidentArticle> articles = List.of(
                new IncidentArticle("a1", "Sạt lở đe dọa khu dân cư, xã Mường Hum khẩn trương di dời người dân",
                        "https://baolaocai.vn/sat-lo-muong-hum-1.html", "Báo Lào Cai", t.toInstant(), "s-muong-hum",
                        "negative", -0.6, List.of(), t.toInstant()),
                new IncidentArticle("a2", "Cập nhật: Khối sạt lở tại xã Mường Hum tiếp tục dịch chuyển",
                        "https://laocaitv.vn/sat-lo-muong-hum-2.html", "Đài PT-TH Lào Cai", t.plusHours(3).toInstant(),
                        "s-muong-hum", "negative", -0.4, List.of(), t.plusHours(3).toInstant()));
        IncidentResponse response = new IncidentResponse("r1", "UBND xã Mường Hum", "Chủ tịch UBND xã",
                t.plusHours(2).toInstant(), "Trang thông tin điện tử xã", "Đã di dời 27 hộ, 118 nhân khẩu đến nơi an toàn.",
                null, STAFF, t.plusHours(2).toInstant());
        return new Incident(Incident.VERSION, "inc-muong-hum", "Sạt lở ở xã Mường Hum", "story", "s-muong-hum", STAFF,
                t.plusHours(1).toInstant(), Incident.OPEN, List.of("s-muong-hum"), articles, List.of(response), List.of(),
                List.of(), null, null, null, null,
                List.of(new IncidentChange(STAFF, t.plusHours(1).toInstant(), "open", "mở từ sự kiện s-muong-hum")));
    }
}
