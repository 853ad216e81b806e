package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
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

/**
 * The "Dự thảo" tab (issue 14) on a real broker with the alerts service behind a real web server: in headless
 * Chromium an admin adds the 2026 land-price draft, opens its page (articles per day, tone, tiers, stories, the
 * feedback grouped for and against), downloads the compiled feedback as DOCX and deletes the draft; over HTTP, a
 * viewer reads, only an admin changes, a malformed form is refused naming its field, and the settings file's policy
 * cannot be deleted. The compiling itself is tested without a browser in alerts' {@code PolicyPageBuilderTest}.
 */
class PolicyPagesIT {

    private static final Topics TOPICS = new Topics("policyui.");

    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final String PASSWORD = "Mật-khẩu-đủ-dài-2026";
    private static final LocalDate TODAY = LocalDate.now(VnTime.ZONE);
    private static final LocalDate FROM = TODAY.minusDays(14);
    private static final LocalDate TO = TODAY.plusDays(7);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    private static AlertsService alerts;
    private static MetricsRegistry metrics;
    private static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        alerts = new AlertsService(settings(), TOPICS, KAFKA.broker().kafka(), dataDir.resolve("alerts"),
                new SimpleMeterRegistry());
        alerts.start();
        publishArticles();
        // one partition: once the settings' policy sees the last article, the store holds them all
        TestBroker.await(() -> alerts.streams().state() == KafkaStreams.State.RUNNING && alerts.policyPage("gia-thu-gom-rac-2026").articles() == 1,
                "the alerts service has read the articles");
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword("admin", "admin", PASSWORD);
        users.setPassword("tran.thi.binh", "staff", PASSWORD);
        users.setPassword("le.van.cuong", "viewer", PASSWORD);
        metrics = new MetricsRegistry();
        web = new WebServer(new Backends(null, null, alerts), users, null,
                new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
                PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.byName("Lào Cai"),
                ServiceForwarder.NONE, null, Incidents.NONE).start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
        metrics.close();
        alerts.close();
    }

    /** The settings file's draft: the waste-collection price, followed from installation. */
    private static AlertsConfig settings() {
        return AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  rules:
                    draft-policies:
                      policies:
                        - id: gia-thu-gom-rac-2026
                          name: "Dự thảo Quyết định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt"
                          keywords: ["giá dịch vụ thu gom"]
                          consultation-from: %s
                          consultation-to: %s
                """.formatted(FROM, TO)).overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    @Test
    void adminAddsTheLandPriceDraftReadsItsPageDownloadsTheFeedbackAndDeletesIt() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        try (DashboardBrowser browser = new DashboardBrowser(web.port(), Files.createTempDirectory("chromium"))) {
            browser.openPolicies("admin", PASSWORD);
            WebDriver d = browser.driver();

            WebElement form = d.findElement(By.id("policy-form"));
            form.findElement(By.name("id")).sendKeys("bang-gia-dat-2026");
            form.findElement(By.name("name")).sendKeys("Dự thảo Quyết định ban hành bảng giá đất tỉnh Lào Cai năm 2026");
            form.findElement(By.name("agency")).sendKeys("Sở Nông nghiệp và Môi trường");
            // date inputs take their value through the page: typing depends on the browser's locale
            ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3]",
                    form.findElement(By.name("consultationFrom")), FROM.toString(),
                    form.findElement(By.name("consultationTo")), TO.toString());
            form.findElement(By.name("keywords")).sendKeys("bảng giá đất");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            By row = By.cssSelector("#policy-body tr[data-policy='bang-gia-dat-2026']");
            assertThat(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(row)).getText())
                    .contains("Sở Nông nghiệp và Môi trường", "Nhập trên trang này");

            d.findElement(row).findElement(By.cssSelector("td button")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy-page"),
                    "Tổng hợp ý kiến phản hồi"));
            WebElement page = d.findElement(By.id("policy-page"));
            assertThat(page.findElements(By.cssSelector(".policy-day"))).hasSize(22);
            assertThat(page.getText()).contains("4 bài nêu dự thảo")
                    .contains("Tích cực: 1 · Trung tính: 1 · Tiêu cực: 2")
                    .contains("Báo chí tỉnh: 1").contains("Diễn đàn, MXH: 1")
                    .contains("Người dân phản đối dự thảo bảng giá đất mới vì mức tăng quá cao (1 bài)");
            assertThat(stance(page, "FOR")).startsWith("Đồng tình, ủng hộ: 3 câu");
            assertThat(stance(page, "AGAINST")).startsWith("Không đồng tình, góp ý sửa đổi: 3 câu");
            assertThat(stance(page, "QUESTION")).startsWith("Băn khoăn, đặt câu hỏi: 2 câu");

            WebElement against = page.findElement(By.cssSelector("section[data-stance='AGAINST']"));
            for (WebElement argument : against.findElements(By.tagName("summary"))) {
                argument.click();
            }
            assertThat(against.getText()).contains("Báo Lào Cai", "Diễn đàn Lào Cai", "từ ngữ: quá thấp, thiệt thòi");

            String docx = page.findElement(By.cssSelector("a[href$='feedback.docx']")).getAttribute("href");
            HttpResponse<byte[]> file = HTTP.send(as("le.van.cuong", HttpRequest.newBuilder(URI.create(docx))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("tong-hop-y-kien-bang-gia-dat-2026.docx");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
                String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                assertThat(text).contains("Dự thảo Quyết định ban hành bảng giá đất tỉnh Lào Cai năm 2026")
                        .contains("(3 câu)").contains("Giá đất nông nghiệp trong dự thảo bảng giá đất lại quá thấp");
            }

            WebElement delete = d.findElement(row).findElement(By.cssSelector("button.policy-delete"));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", delete);
            delete.click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(row));
            assertThat(d.findElement(By.id("policy-body")).getText()).contains("Tệp cấu hình")
                    .doesNotContain("bảng giá đất tỉnh Lào Cai năm 2026");
        }
    }

    @Test
    void helpPanelDescribesEveryTabAndAViewerSeesNoPolicyForm() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        try (DashboardBrowser browser = new DashboardBrowser(web.port(), Files.createTempDirectory("chromium"))) {
            browser.openPolicies("le.van.cuong", PASSWORD);
            WebDriver d = browser.driver();
            assertThat(d.findElement(By.id("policy-form")).isDisplayed()).isFalse();

            d.findElement(By.id("help-open")).click();
            WebElement help = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("help-dialog")));
            List<String> tabs = d.findElements(By.cssSelector("[role=tab]")).stream().map(WebElement::getText).toList();
            List<String> described = help.findElements(By.cssSelector("dt")).stream().map(WebElement::getText).toList();
            assertThat(described).containsExactlyElementsOf(tabs);
            assertThat(help.getText()).contains("tổng hợp ý kiến dạng DOCX");
        }
    }

    @Test
    void viewerReadsTheListAPolicyPageAndItsDocx() throws Exception {
        assertThat(get("le.van.cuong", "/api/policies").body()).contains("gia-thu-gom-rac-2026", "settings");
        HttpResponse<String> page = get("le.van.cuong", "/api/policies/gia-thu-gom-rac-2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"articles\":1");
        assertThat(get("le.van.cuong", "/api/policies/gia-thu-gom-rac-2026/feedback.docx").headers()
                .firstValue("Content-Type").orElse("")).contains("wordprocessingml");
    }

    @Test
    void onlyAnAdminAddsOrDeletesPolicies() throws Exception {
        assertThat(send("tran.thi.binh", "POST", "/api/policies", form("quy-hoach-sa-pa", "2026-12-01")).statusCode())
                .isEqualTo(403);
        assertThat(send("le.van.cuong", "DELETE", "/api/policies/gia-thu-gom-rac-2026", null).statusCode())
                .isEqualTo(403);
        assertThat(get("le.van.cuong", "/api/policies").body()).doesNotContain("quy-hoach-sa-pa");
    }

    @Test
    void malformedDateIsRefusedWith400NamingTheField() throws Exception {
        HttpResponse<String> refused = send("admin", "POST", "/api/policies", form("quy-hoach-sa-pa", "01/12/2026"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("consultationFrom").contains("01/12/2026");
    }

    @Test
    void adminDeletesAPolicyEnteredInTheDashboard() throws Exception {
        assertThat(send("admin", "POST", "/api/policies", form("phi-tham-quan-bac-ha", "2026-12-01")).statusCode())
                .isEqualTo(201);

        assertThat(send("admin", "DELETE", "/api/policies/phi-tham-quan-bac-ha", null).statusCode()).isEqualTo(204);
        assertThat(get("le.van.cuong", "/api/policies").body()).doesNotContain("phi-tham-quan-bac-ha");
    }

    @Test
    void policyOfTheSettingsFileIsNotDeletedAndAnUnknownOneIsNotFound() throws Exception {
        HttpResponse<String> refused = send("admin", "DELETE", "/api/policies/gia-thu-gom-rac-2026", null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("tệp cấu hình");
        assertThat(send("admin", "DELETE", "/api/policies/khong-co-du-thao-nay", null).statusCode()).isEqualTo(404);
        assertThat(get("le.van.cuong", "/api/policies").body()).contains("gia-thu-gom-rac-2026");
    }

    private static String stance(WebElement page, String stance) {
        return page.findElement(By.cssSelector("section[data-stance='" + stance + "'] h5")).getText();
    }

    private static String form(String id, String from) {
        return """
                {"id":"%s","name":"Dự thảo quy định phí tham quan","agency":"UBND tỉnh","consultationFrom":"%s",
                 "consultationTo":"2026-12-31","keywords":["phí tham quan"]}""".formatted(id, from);
    }

    private static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = as(user, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Press and readers on the 2026 land-price draft over the last days, and one article on the waste price. */
    private static void publishArticles() throws Exception {
        List<ScoredArticle> articles = List.of(
                scored("bgd-1", "baolaocai", "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 30, Sentiment.NEGATIVE,
                        "Người dân phản đối dự thảo bảng giá đất mới vì mức tăng quá cao",
                        "Nhiều hộ kinh doanh ở phường Cốc Lếu cho rằng dự thảo bảng giá đất 2026 tăng giá đất mặt đường"
                                + " quá cao so với giá giao dịch thực tế. Theo họ, tiền thuế và lệ phí trước bạ sẽ thành"
                                + " gánh nặng khi làm thủ tục sang tên."),
                scored("bgd-2", "laocai-gov", "Cổng TTĐT tỉnh Lào Cai", SourceTier.GOVERNMENT_PORTAL, 50,
                        Sentiment.NEUTRAL, "Lấy ý kiến dự thảo bảng giá đất tỉnh Lào Cai năm 2026",
                        "Sở Nông nghiệp và Môi trường đăng tải dự thảo bảng giá đất áp dụng từ ngày 01/01/2026 để lấy"
                                + " ý kiến nhân dân trong 30 ngày. Ý kiến gửi về Sở qua Cổng Thông tin điện tử tỉnh."),
                scored("bgd-3", "thoisuviet", "Thời Sự Việt", SourceTier.NATIONAL_PRESS, 26, Sentiment.POSITIVE,
                        "Dự thảo bảng giá đất sát giá thị trường là cần thiết",
                        "Chuyên gia cho rằng việc dự thảo bảng giá đất tiệm cận giá thị trường là hợp lý, giúp việc bồi"
                                + " thường khi thu hồi đất công bằng hơn. Người dân hỏi dự thảo bảng giá đất mới áp dụng"
                                + " ra sao với các hồ sơ đã nộp trước đó?"),
                scored("bgd-4", "diendanlaocai", "Diễn đàn Lào Cai", SourceTier.FORUM_SOCIAL, 8, Sentiment.NEGATIVE,
                        "Bảng giá đất mới: mọi người thấy sao?",
                        "Giá đất nông nghiệp trong dự thảo bảng giá đất lại quá thấp, dân bị thu hồi thì thiệt thòi."
                                + " Mình ủng hộ dự thảo ở chỗ công khai giá đất từng tuyến đường cho dân dễ tra cứu."),
                scored("rac-1", "baolaocai", "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 20, Sentiment.NEUTRAL,
                        "Lấy ý kiến về giá dịch vụ thu gom rác thải sinh hoạt",
                        "Dự thảo quy định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt theo hộ gia đình."));
        try (KafkaProducer<String, ScoredArticle> producer = new KafkaProducer<>(KAFKA.broker().kafka(),
                new StringSerializer(), TOPICS.articlesScored.valueSerde().serializer())) {
            for (ScoredArticle s : articles) {
                producer.send(new ProducerRecord<>(TOPICS.articlesScored.name(), s.id(), s)).get();
            }
        }
    }

    private static ScoredArticle scored(String id, String sourceId, String sourceName, SourceTier tier, int hoursAgo,
                                        String tone, String title, String text) {
        OffsetDateTime published = OffsetDateTime.now(VnTime.ZONE).minusHours(hoursAgo).withNano(0);
        Instant now = Instant.now();
        Article a = new Article(Article.VERSION, id, "https://" + sourceId + ".vn/" + id + ".html", sourceId, sourceName,
                tier, title, null, text, null, null, null, "vi", published, null, "page", now, "hash-" + id, null, true);
        return new ScoredArticle(ScoredArticle.VERSION, a, true, List.of(), List.of(),
                new Sentiment(tone, 0, List.of()), null, "story-" + id, null, now);
    }
}
