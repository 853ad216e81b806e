package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.e2e.DashboardBrowser;

/**
 * The forecast as the Trends tab reads it, over real HTTP from a real analyze service on a test broker with the
 * product's scorer: three weeks of the provincial paper's reports on one commune (three a weekday, two on Saturday,
 * one on Sunday) give its next 24 and 72 hours with an interval; a key counted today only has not enough history.
 * In headless Chromium (when Debian's chromium is installed), the "Xu hướng" tab shows both beside the trends that
 * today's reports from Bảo Yên and from Y Tý start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastRoutesIT {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final int HISTORY_DAYS = 21;
    private static final String[][] REPORTS = {
        {"Xã Bảo Yên sửa chữa tuyến đường liên thôn sau mưa lớn",
            "UBND xã Bảo Yên huy động người dân thôn Khe Mạ san lấp ổ gà trên tuyến đường liên thôn dài 3 km."},
        {"Bảo Yên tổ chức tiêm chủng cho trẻ em dưới 5 tuổi",
            "Trạm y tế xã Bảo Yên, tỉnh Lào Cai tiêm vắc xin sởi cho hơn 200 trẻ em tại các thôn vùng cao."},
        {"Nông dân xã Bảo Yên thu hoạch quế đúng vụ",
            "Các hộ trồng quế ở xã Bảo Yên đang bóc vỏ quế, giá thu mua tại vườn khoảng 25.000 đồng mỗi kg."},
        {"Hội nghị tiếp xúc cử tri tại xã Bảo Yên",
            "Đại biểu Hội đồng nhân dân tỉnh Lào Cai tiếp xúc cử tri xã Bảo Yên, ghi nhận kiến nghị về nước sạch."},
        {"Xã Bảo Yên ra quân dọn vệ sinh môi trường cuối tuần",
            "Đoàn thanh niên xã Bảo Yên cùng người dân thu gom rác thải dọc suối, phát quang bụi rậm ven đường."},
        {"Trường tiểu học xã Bảo Yên nhận sách vở từ nhà hảo tâm",
            "Học sinh Trường tiểu học xã Bảo Yên được tặng 500 cuốn vở, áo ấm và đồ dùng học tập trước mùa rét."},
        {"Bảo Yên hỗ trợ hộ nghèo làm nhà đại đoàn kết",
            "Mặt trận Tổ quốc xã Bảo Yên bàn giao nhà đại đoàn kết cho hộ nghèo tại thôn Nậm Rịa, tỉnh Lào Cai."},
    };

    private static final Topics TOPICS = new Topics("it-forecast.");

    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    private AnalyzeBehindWeb service;
    private AnalyzeService analyze;
    private WebFixture web;
    private WebFixture.Session viewer;
    private String commune;

    @BeforeAll
    void start(@TempDir Path dataDir) throws Exception {
        // one commune's reports, far under a real day's volume: watching for trends starts at the first of them
        service = new AnalyzeBehindWeb(KAFKA.broker(), TOPICS, dataDir,
                "analyze:\n  trend-watch-min-articles-per-day: 1\n");
        analyze = service.analyze;
        List<Article> history = history(LocalDate.now(VN));
        KAFKA.broker().sendArticles(history);
        List<Article> today = today();
        KAFKA.broker().sendArticles(today);
        web = service.start().web;
        viewer = web.signIn(WebFixture.VIEWER);
        TestBroker.await(() -> analyze.article(history.get(history.size() - 1).id()).isPresent(), "the history scored");
        commune = analyze.article(history.get(0).id()).orElseThrow().places().stream()
                .filter(p -> p.name() != null && p.name().contains("Bảo Yên")).map(PlaceTag::id).findFirst()
                .orElseThrow();
        TestBroker.await(() -> analyze.forecast("place", commune, 1).historyArticles() == history.size(),
                "every report of the three weeks counted under the commune");
        TestBroker.await(() -> analyze.article(today.get(today.size() - 1).id()).isPresent(), "today's reports scored");
    }

    @AfterAll
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void threeWeeksOfACommunesReportsGiveTheNext24HoursWithAnInterval() throws Exception {
        JsonNode f = get("/api/forecast?kind=place&key=" + enc(commune) + "&days=1", 200);

        assertThat(f.path("enoughHistory").asBoolean()).isTrue();
        assertThat(f.path("historyDays").asInt()).isEqualTo(HISTORY_DAYS);
        assertThat(f.path("historyArticles").asInt()).isEqualTo(54);
        assertThat(f.path("from").asText()).isEqualTo(LocalDate.now(VN).toString());
        assertThat(f.path("to").asText()).isEqualTo(f.path("from").asText());
        double expected = f.path("expected").asDouble();
        // a day of this flow is one to three reports: the forecast must be of that size, and inside its interval
        assertThat(expected).isBetween(0.8, 3.5);
        assertThat(f.path("low").asLong()).isLessThanOrEqualTo((long) Math.floor(expected));
        assertThat(f.path("high").asLong()).isGreaterThanOrEqualTo((long) Math.ceil(expected));
        assertThat(f.path("coverage").asDouble()).isEqualTo(0.8);
    }

    @Test
    void theNext72HoursCoverTodayAndTheTwoDaysAfter() throws Exception {
        JsonNode f = get("/api/forecast?kind=place&key=" + enc(commune) + "&days=3", 200);

        assertThat(f.path("to").asText()).isEqualTo(LocalDate.now(VN).plusDays(2).toString());
        assertThat(f.path("expected").asDouble()).isBetween(3.0, 9.5);
        assertThat(f.path("high").asLong()).isGreaterThan(f.path("low").asLong());
    }

    @Test
    void aKeyWithoutHistorySaysSoInsteadOfGuessing() throws Exception {
        JsonNode f = get("/api/forecast?kind=story&key=chua-tung-co&days=1", 200);

        assertThat(f.path("enoughHistory").asBoolean()).isFalse();
        assertThat(f.path("historyDays").asInt()).isZero();
        assertThat(f.path("expected").isNumber()).isFalse();
    }

    @Test
    void theTrendsTabShowsEachTrendsForecastOrThatItsHistoryIsShort() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        JsonNode day = get("/api/forecast?kind=place&key=" + enc(commune) + "&days=1", 200);
        JsonNode threeDays = get("/api/forecast?kind=place&key=" + enc(commune) + "&days=3", 200);
        Map<String, String> forecastByRow;
        try (DashboardBrowser browser = new DashboardBrowser(web.server.port(), Files.createTempDirectory("chromium"))) {
            forecastByRow = browser.openTrends(WebFixture.VIEWER, WebFixture.PASSWORD);
        }

        assertThat(forecastByRow.get(placeRow("Bảo Yên", forecastByRow)))
                .isEqualTo(shown(24, day) + "\n" + shown(72, threeDays));
        assertThat(forecastByRow.get(placeRow("Y Tý", forecastByRow))).isEqualTo("chưa đủ lịch sử");
    }

    @Test
    void theTrendsTabHidesTheWatchBannerWhenEveryPartitionIsWatched() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        String banner;
        try (DashboardBrowser browser = new DashboardBrowser(web.server.port(), Files.createTempDirectory("chromium"))) {
            banner = browser.openTrendsWatchLine(WebFixture.VIEWER, WebFixture.PASSWORD);
        }

        assertThat(banner).isEmpty();
    }

    /** The one place row ("Địa bàn") naming {@code place}. */
    private static String placeRow(String place, Map<String, String> forecastByRow) {
        List<String> rows = forecastByRow.keySet().stream().filter(k -> k.startsWith("Địa bàn: ") && k.contains(place))
                .toList();
        assertThat(rows).as("place rows naming %s among %s", place, forecastByRow.keySet()).hasSize(1);
        return rows.get(0);
    }

    /** The line the tab shows for a forecast of the API: "Dự báo 24 giờ tới: 2 bài (1–4)". */
    private static String shown(int hours, JsonNode f) {
        return "Dự báo " + hours + " giờ tới: " + Math.round(f.path("expected").asDouble()) + " bài ("
                + f.path("low").asLong() + "–" + f.path("high").asLong() + ")";
    }

    @Test
    void theTrendsAndHealthSayBurstsAreWatchedAndSinceWhen() throws Exception {
        // issue 11: this installation watches from the end of its first article's hour (the setting is 1): 08:15,
        // three weeks ago
        JsonNode watch = get("/api/trends", 200).path("watch");
        JsonNode health = Json.mapper().readTree(web.send(web.asDashboard(viewer, "GET", "/health")).body())
                .path("components").path("trends");

        assertThat(watch.path("partitions").asInt()).isEqualTo(1);
        assertThat(watch.path("watching").asInt()).isEqualTo(1);
        assertThat(watch.path("setting").asText()).isEqualTo("analyze.trend-watch-min-articles-per-day");
        String since = watch.path("byPartition").path(0).path("watchingSince").asText();
        assertThat(Instant.parse(since))
                .isEqualTo(LocalDate.now(VN).minusDays(HISTORY_DAYS).atTime(9, 0).atOffset(VN).toInstant());
        assertThat(health.path("affectsReadiness").asBoolean(true)).isFalse();
        assertThat(health.path("byPartition").path(0).path("watchingSince").asText()).isEqualTo(since);
        assertThat(health.has("warning")).isFalse();
    }

    @Test
    void aHorizonBeyondThreeDaysIsRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> r = web.send(web.asDashboard(viewer, "GET",
                "/api/forecast?kind=place&key=" + enc(commune) + "&days=7"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("days", "1..3");
    }

    @Test
    void anUnknownKindIsRefusedNamingIt() throws Exception {
        HttpResponse<String> r = web.send(web.asDashboard(viewer, "GET", "/api/forecast?kind=tinh&key=x"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("kind", "tinh");
    }

    /** Three reports a weekday, two on Saturday, one on Sunday, over the {@value #HISTORY_DAYS} days before today. */
    private static List<Article> history(LocalDate today) {
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (LocalDate day = today.minusDays(HISTORY_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            int perDay = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 3;
            for (int i = 0; i < perDay; i++, n++) {
                String[] report = REPORTS[n % REPORTS.length];
                articles.add(report("https://baolaocai.vn/bao-yen-" + n + ".html", report[0] + " (kỳ " + n + ")",
                        report[1] + " Tin số " + n + ".", day.atTime(8 + 4 * i, 15).atOffset(VN)));
            }
        }
        return articles;
    }

    /**
     * Six reports from Bảo Yên and six from Y Tý (a commune not written about before) in the last hour: both
     * places burst, so the Trends tab lists them.
     */
    private static List<Article> today() {
        OffsetDateTime now = OffsetDateTime.now(VN).withNano(0);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String[] report = REPORTS[i];
            articles.add(report("https://baolaocai.vn/bao-yen-hom-nay-" + i + ".html", report[0] + " (hôm nay, tin " + i
                    + ")", report[1] + " Cập nhật " + i + ".", now.minusMinutes(50 - 5 * i)));
            articles.add(report("https://baolaocai.vn/y-ty-hom-nay-" + i + ".html",
                    "Xã Y Tý đón đoàn khảo sát du lịch ruộng bậc thang (tin " + i + ")",
                    "Đoàn khảo sát của tỉnh Lào Cai làm việc với UBND xã Y Tý về du lịch cộng đồng, lần " + i + ".",
                    now.minusMinutes(48 - 5 * i)));
        }
        return articles;
    }

    private static Article report(String url, String title, String text, OffsetDateTime published) {
        return AnalyzeBehindWeb.provincialReport(url, title, text, published);
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = web.send(web.asDashboard(viewer, "GET", path));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.mapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
