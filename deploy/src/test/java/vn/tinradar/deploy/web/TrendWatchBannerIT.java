package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.e2e.DashboardBrowser;

/**
 * The "Xu hướng" tab in headless Chromium when a partition has seen too few articles to be watched for bursts
 * (issue 11): a real analyze service on a test broker, three reports of the provincial paper this morning and
 * a setting of 40 a day, so staff read why no burst can be raised yet and which setting decides it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendWatchBannerIT {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final String[][] REPORTS = {
        {"Lào Cai khánh thành cầu treo qua suối Nậm Pung",
            "UBND xã Bản Xèo, tỉnh Lào Cai khánh thành cầu treo dài 60 m, thuận tiện cho học sinh đi học mùa mưa."},
        {"Sa Pa đón hơn 20.000 lượt khách dịp cuối tuần",
            "Các khách sạn ở phường Sa Pa, tỉnh Lào Cai kín phòng, nhiều đoàn khách đến ngắm mây trên đỉnh Fansipan."},
        {"Nông dân Bắc Hà thu hoạch mận sớm",
            "Hơn 300 hộ ở xã Bắc Hà, tỉnh Lào Cai thu hoạch mận tam hoa, giá bán tại vườn 25.000 đồng mỗi kg."},
    };

    private static final Topics TOPICS = new Topics("it-watch-banner.");

    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    private AnalyzeBehindWeb service;
    private WebFixture web;
    private WebFixture.Session viewer;

    @BeforeAll
    void start(@TempDir Path dataDir) throws Exception {
        service = new AnalyzeBehindWeb(KAFKA.broker(), TOPICS, dataDir,
                "analyze:\n  trend-watch-min-articles-per-day: 40\n");
        List<Article> morning = morning();
        KAFKA.broker().sendArticles(morning);
        web = service.start().web;
        viewer = web.signIn(WebFixture.VIEWER);
        TestBroker.await(() -> service.analyze.article(morning.get(morning.size() - 1).id()).isPresent(),
                "the morning's reports scored");
    }

    @AfterAll
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aThinPartitionShowsTheBannerWithItsPastDayAndTheSettingThatDecides() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        JsonNode watch = Json.mapper().readTree(web.send(web.asDashboard(viewer, "GET", "/api/trends")).body())
                .path("watch");
        assertThat(watch.path("watching").asInt()).isZero();
        long pastDay = watch.path("byPartition").path(0).path("articlesPastDay").asLong();
        assertThat(pastDay).as("the partition's past day as the API counts it").isEqualTo(REPORTS.length);

        String banner;
        try (DashboardBrowser browser = new DashboardBrowser(web.server.port(), Files.createTempDirectory("chromium"))) {
            banner = browser.openTrendsWatchLine(WebFixture.VIEWER, WebFixture.PASSWORD);
        }

        assertThat(banner).isEqualTo("Chưa theo dõi bùng nổ: 24 giờ qua có " + pastDay
                + " bài/phân vùng, cần 40 (analyze.trend-watch-min-articles-per-day).");
    }

    /** Three reports of the provincial paper in the past two hours. */
    private static List<Article> morning() {
        OffsetDateTime now = OffsetDateTime.now(VN).withNano(0);
        return List.of(
                report("https://baolaocai.vn/cau-treo-nam-pung.html", REPORTS[0], now.minusMinutes(110)),
                report("https://baolaocai.vn/sa-pa-cuoi-tuan.html", REPORTS[1], now.minusMinutes(70)),
                report("https://baolaocai.vn/bac-ha-man-som.html", REPORTS[2], now.minusMinutes(30)));
    }

    private static Article report(String url, String[] report, OffsetDateTime published) {
        return AnalyzeBehindWeb.provincialReport(url, report[0], report[1], published);
    }
}
