package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.AlertStream;
import vn.tinradar.deploy.web.Backends;
import vn.tinradar.deploy.web.WebServer;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.config.IngestConfig;

/**
 * A member of staff imports a social-listening export in the "Nguồn tin" tab in headless Chromium: the page says
 * how many posts went in and lists the refused line with its reason, and the post is in {@code articles.raw} on a
 * real broker with its platform and engagement. The same route without a browser: {@code ImportRoutesTest}.
 */
class ImportPageIT {

    private static final String PASSWORD = "Cán bộ theo dõi 2026!";
    private static final Topics TOPICS = new Topics("importui.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    @TempDir
    Path dataDir;

    @Test
    void staffImportAnExportAndSeeWhatWentInAndWhatWasRefused() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        String yesterday = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        Path csv = dataDir.resolve("xuat-tuan-48.csv");
        Files.writeString(csv, "\"Page Name\",\"User Name\",\"Post Created\",\"Message\",\"URL\",\"Likes\",\"Comments\",\"Shares\"\n"
                + "\"Tin nóng Tây Bắc\",\"tinnongtaybac\",\"" + yesterday + " ICT\",\"Nóng: đập thủy điện ở Bát Xát bị vỡ?\","
                + "\"https://www.facebook.com/tinnongtaybac/posts/555\",\"1204\",\"389\",\"2051\"\n"
                + "\"Tin nóng Tây Bắc\",\"tinnongtaybac\",\"hôm qua\",\"Dòng ghi sai thời gian\","
                + "\"https://www.facebook.com/tinnongtaybac/posts/556\",\"1\",\"0\",\"0\"\n", StandardCharsets.UTF_8);
        TestBroker broker = KAFKA.broker();
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword("tran.thi.binh", "staff", PASSWORD);
        try (IngestService ingest = new IngestService(IngestConfig.defaults(),
                     SourceRegistry.parse("sources.yaml", "sources: []"), TOPICS, broker.kafka(),
                     new SimpleMeterRegistry());
             MetricsRegistry metrics = new MetricsRegistry();
             WebServer web = new WebServer(new Backends(ingest, null, null), users,
                     new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
                     PublicUrl.of("", 0), users::has, Clock.systemUTC()).start(0);
             DashboardBrowser browser = new DashboardBrowser(web.port(), dataDir.resolve("chromium"))) {
            browser.openTab("tran.thi.binh", PASSWORD, "nguon-tin", "import-file");
            WebDriver d = browser.driver();

            d.findElement(By.id("import-file")).sendKeys(csv.toString());
            d.findElement(By.cssSelector("#import-form button[type=submit]")).click();
            WebElement result = browser.waiting().until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-result .import-report")));

            assertThat(result.getText()).contains("xuat-tuan-48.csv: đã nhập 1 bài đăng, 1 dòng bị từ chối.")
                    .contains("bad-date");
            List<JsonNode> posts = broker.readAll(TOPICS.articlesRaw.name()).stream()
                    .map(r -> json(r.value())).toList();
            assertThat(posts).singleElement().satisfies(p -> {
                assertThat(p.at("/post/platform").asText()).isEqualTo("facebook");
                assertThat(p.at("/sourceName").asText()).isEqualTo("Tin nóng Tây Bắc (facebook)");
                assertThat(p.at("/engagement/share").asLong()).isEqualTo(2051);
            });
        }
    }

    private static JsonNode json(String value) {
        try {
            return Json.mapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
