package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.query.claims.ClaimDraft;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.tip.KafkaTipLog;
import vn.tinradar.deploy.tip.TipAnalyzer;
import vn.tinradar.deploy.tip.TipBook;
import vn.tinradar.deploy.tip.TipPage;
import vn.tinradar.deploy.tip.TipService;
import vn.tinradar.deploy.web.AlertStream;
import vn.tinradar.deploy.web.Backends;
import vn.tinradar.deploy.web.Incidents;
import vn.tinradar.deploy.web.WebServer;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;

/**
 * A member of staff pastes a forwarded message about a dam about to burst into the "Tin báo" tab in headless
 * Chromium: the analysis shows the reviewed claim it repeats, and "Đã xác minh sai" marks the tip so, in the page
 * and in the {@code tips} topic. The routes without a browser: {@code TipRoutesIT}.
 */
class TipPageIT {

    private static final String PASSWORD = "Cán bộ theo dõi 2026!";
    private static final Topics TOPICS = new Topics("tipui.");
    private static final String CLAIM = "Đập thủy điện ở Bát Xát nứt toác, sắp vỡ trong đêm nay";
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    @TempDir
    Path dataDir;

    @Test
    void staffPasteAMessageSeeTheClaimItRepeatsAndMarkItFalse() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword("tran.thi.binh", "staff", PASSWORD);
        TipBook book = new TipBook();
        try (AnalyzeService analyze = new AnalyzeService(AnalyzeConfig.defaults(), TOPICS, KAFKA.broker().kafka(),
                     dataDir.resolve("analyze"), DefaultArticleScorer.load(null, Provinces.defaultProvince()),
                     new SimpleMeterRegistry());
             KafkaTipLog log = new KafkaTipLog(TOPICS, KAFKA.broker().kafka(), book).start(Duration.ofSeconds(30));
             MetricsRegistry metrics = new MetricsRegistry()) {
            analyze.start();
            analyze.claims().add(new ClaimDraft(CLAIM, "false", "UBND tỉnh Lào Cai",
                    LocalDate.now(ZoneOffset.ofHours(7)).toString(), "https://laocai.gov.vn/dap-an-toan"), "admin");
            TestBroker.await(() -> !analyze.claims().list().isEmpty(), "the reviewed claim in the global store");
            IngestConfig ingest = IngestConfig.defaults();
            TipService tips = new TipService(book, log, new TipPage(new Fetcher(ingest, IngestMetrics.noop(),
                    Clock.systemUTC()), ingest.maxPageBytes(), Set.of()), new TipAnalyzer(analyze.scorer(),
                    analyze.claims()::list, analyze.config().claimMinSimilarity(), analyze.config().claimMaxMatches(),
                    analyze.search()::search, Clock.systemUTC()), Clock.systemUTC());
            try (WebServer web = new WebServer(new Backends(null, analyze, null), users, null,
                         new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
                         PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.defaultProvince(),
                         ServiceForwarder.NONE, null, Incidents.NONE, tips).start(0);
                 DashboardBrowser browser = new DashboardBrowser(web.port(), dataDir.resolve("chromium"))) {
                browser.openTab("tran.thi.binh", PASSWORD, "tin-bao", "tip-text");
                WebDriver d = browser.driver();

                d.findElement(By.id("tip-text")).sendKeys("Khẩn: đập thủy điện ở Bát Xát nứt toác, sắp vỡ trong đêm nay\n"
                        + "Bà con dọc suối ở Mường Hum sơ tán ngay, chia sẻ để cứu người!");
                d.findElement(By.cssSelector("#tip-form button[type=submit]")).click();
                String analysis = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#tip-detail .tip-analysis"))).getText();
                d.findElement(By.cssSelector("#tip-detail button[data-status=false]")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#tip-detail h3 .tip-status"), "Đã xác minh sai"));

                assertThat(analysis).contains(CLAIM).contains("Bát Xát");
                assertThat(d.findElement(By.cssSelector("#tip-detail .tip-history")).getText())
                        .contains("tran.thi.binh · Đổi trạng thái: Đã xác minh sai");
                assertThat(book.all()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo("false"));
            }
        }
    }
}
