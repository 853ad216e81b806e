package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.spokes.ResponseMail;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.kafka.JsonSerde;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.AlertStream;
import vn.tinradar.deploy.web.Backends;
import vn.tinradar.deploy.web.Incidents;
import vn.tinradar.deploy.web.WebServer;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.spokes.SpokesNetwork;

/**
 * The "Người phát ngôn" tab and the alert's request form in headless Chromium, on a real broker with the alerts
 * service: an admin imports the directory from a CSV file (one bad line reported with its number), adds an agency
 * by hand, opens a landslide alert about Xã Mường Hum, sees the commune and the province office responsible with
 * why, requests an official response, which is mailed to the outbox and listed in the alert, and records the
 * commune's answer, which the alert then shows as đã phản hồi. The same checks
 * without a browser are in {@code SpokesNetworkIT}.
 */
class SpokesPagesIT {

    private static final String PASSWORD = "Quản trị Sở TT&TT 2026";
    private static final Topics TOPICS = new Topics("spokesui.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    @TempDir
    Path dataDir;

    @Test
    void adminImportsTheDirectoryAndStaffRequestAResponseFromAnAlert() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        Path csv = dataDir.resolve("danh-ba.csv");
        Files.writeString(csv, "co_quan,cap,dia_ban,chu_de,nguoi_phat_ngon,chuc_vu,email,dien_thoai\n"
                + "Văn phòng UBND tỉnh Lào Cai,tỉnh,,,Phạm Quốc Hưng,Chánh Văn phòng,phatngon@vpubnd.laocai.example,\n"
                + "UBND xã Mường Hum,xã,Xã Mường Hum,thien-tai,Lý Văn Phát,Phó Chủ tịch UBND xã,"
                + "phatngon@muonghum.laocai.example,0900 000 201\n"
                + "UBND xã Không Có,xã,Xã Không Có,thien-tai,,,,\n", StandardCharsets.UTF_8);
        TestBroker broker = KAFKA.broker();
        try (AlertsService alerts = new AlertsService(AlertsConfig.defaults(), TOPICS, broker.kafka(),
                     dataDir.resolve("data"), new SimpleMeterRegistry())) {
            alerts.start();
            publish(broker, landslide());
            TestBroker.await(() -> alerts.lifecycle().alert("topic-burst-muong-hum").isPresent(), "the alert");
            try (SpokesNetwork spokes = new SpokesNetwork(TOPICS, broker.kafka(), Provinces.byName("Lào Cai"),
                    Map.of("thien-tai", "Thiên tai (sạt lở, lũ quét, bão)", "dat-dai", "Đất đai, đền bù"),
                    new ResponseMail(new OutboxTransport(dataDir.resolve("outbox")), "TinRadar <tinradar@localhost>",
                            "http://localhost"), Clock.systemUTC()).start(Duration.ofSeconds(30));
                 WebServer web = server(alerts, spokes);
                 DashboardBrowser browser = new DashboardBrowser(web.port(), dataDir.resolve("chromium"))) {
                browser.signIn("admin", PASSWORD);
                WebDriver d = browser.driver();

                d.findElement(By.id("tab-spokes")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("spokes-file")))
                        .sendKeys(csv.toString());
                d.findElement(By.cssSelector("#spokes-import button[type=submit]")).click();
                WebElement report = browser.waiting().until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("spokes-import-report")));
                assertThat(report.getText()).contains("Đã nhập 2 cơ quan, 2 người phát ngôn; bỏ qua 1 dòng.")
                        .contains("Dòng 4: Địa bàn 'Xã Không Có' không có");

                d.findElement(By.id("agency-name")).sendKeys("Sở Nông nghiệp và Môi trường");
                new Select(d.findElement(By.id("agency-level"))).selectByValue("department");
                d.findElement(By.id("agency-topics")).sendKeys("dat-dai");
                d.findElement(By.id("agency-submit")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agency-body"),
                        "Sở Nông nghiệp và Môi trường"));
                assertThat(d.findElement(By.id("agency-body")).getText()).contains("Xã Mường Hum", "Lý Văn Phát");

                d.findElement(By.id("tab-alerts")).click();
                DashboardBrowser.Details details = browser.openDetails(0);
                browser.waiting().until(drv -> drv.findElement(By.cssSelector(".responsible-list")).getText()
                        .contains("UBND xã Mường Hum"));
                String responsible = d.findElement(By.cssSelector(".responsible-list")).getText();
                assertThat(details.text()).contains("Cơ quan chịu trách nhiệm");
                assertThat(responsible).contains("chủ đề Thiên tai (sạt lở, lũ quét, bão); địa bàn Xã Mường Hum")
                        .contains("Văn phòng UBND tỉnh Lào Cai — mọi chủ đề; địa bàn Tỉnh Lào Cai (gồm Xã Mường Hum)")
                        .doesNotContain("Sở Nông nghiệp và Môi trường");

                WebElement form = d.findElement(By.cssSelector(".request-form"));
                browser.waiting().until(drv -> !new Select(form.findElement(By.name("agencyId"))).getOptions().isEmpty());
                new Select(form.findElement(By.name("agencyId"))).selectByVisibleText("UBND xã Mường Hum");
                // a datetime-local input takes its value through the page: typing depends on the browser's locale
                ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]",
                        form.findElement(By.name("due")), LocalDateTime.now(VnTime.ZONE).plusDays(2)
                                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
                form.findElement(By.name("note")).sendKeys("Đề nghị cho biết số hộ đã di dời");
                form.findElement(By.cssSelector("button[type=submit]")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".spokes-section .responses"), "đã gửi yêu cầu"));
                assertThat(d.findElement(By.cssSelector(".spokes-section .responses")).getText())
                        .contains("UBND xã Mường Hum", "phatngon@muonghum.laocai.example");

                WebElement answer = d.findElement(By.cssSelector(".spokes-section .answer-form"));
                new Select(answer.findElement(By.name("channel"))).selectByVisibleText("thông cáo báo chí");
                new Select(answer.findElement(By.name("spokespersonId"))).selectByVisibleText("Lý Văn Phát");
                answer.findElement(By.name("text")).sendKeys("UBND xã đã di dời 12 hộ khỏi vùng nguy cơ.");
                answer.findElement(By.cssSelector("button[type=submit]")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".spokes-section .responses"), "đã phản hồi"));
                assertThat(d.findElement(By.cssSelector(".spokes-section .responses")).getText())
                        .contains("thông cáo báo chí", "Lý Văn Phát", "UBND xã đã di dời 12 hộ khỏi vùng nguy cơ.");
            }
            try (var mails = Files.list(dataDir.resolve("outbox"))) {
                assertThat(mails.map(p -> p.getFileName().toString()).toList())
                        .anyMatch(name -> name.startsWith("response-") && name.endsWith("-request.eml"));
            }
        }
    }

    private WebServer server(AlertsService alerts, SpokesNetwork spokes) {
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword("admin", "admin", PASSWORD);
        return new WebServer(new Backends(null, null, alerts), users, null,
                new SessionStore(Duration.ofHours(1), Clock.systemUTC()), new MetricsRegistry().registry(),
                new AlertStream(), PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.byName("Lào Cai"),
                ServiceForwarder.NONE, spokes, Incidents.NONE).start(0);
    }

    private static void publish(TestBroker broker, Alert alert) throws Exception {
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(broker.kafka(), new StringSerializer(),
                new JsonSerde<>(Alert.class).serializer())) {
            producer.send(new ProducerRecord<>(TOPICS.alerts.name(), alert.id(), alert)).get();
        }
    }

    private static Alert landslide() {
        Instant t = Instant.now();
        return new Alert(Alert.VERSION, "topic-burst-muong-hum", "topic-burst", Severity.URGENT, AlertStatus.FIRING,
                "Sạt lở đất tăng đột biến tại Xã Mường Hum", "12 bài trong 6 giờ về nguy cơ sạt lở đồi sau thôn Séo Phìn",
                "Đề nghị UBND xã thông tin về việc di dời các hộ dân.", List.of(), List.of(), "story-sat-lo-muong-hum",
                "thien-tai", "Xã Mường Hum", t, t, t, 1, null, null);
    }
}
