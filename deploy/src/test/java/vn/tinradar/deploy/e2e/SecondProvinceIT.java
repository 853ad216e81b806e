package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * The whole path for a province other than the demo's: a TinRadar process configured with {@code province: Ninh
 * Bình} crawls a small local press site (the provincial paper's feed and a national outlet's) over real HTTP, on
 * its embedded broker; analyze tags Ninh Bình's places, old names included, and leaves a national article about
 * Lào Cai irrelevant; a rock fall reported by several sources in one ward raises a topic-burst alert; the
 * dashboard's header names the province.
 */
class SecondProvinceIT {

    private static final String PASSWORD = "ninh-bình-thử-nghiệm";
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    /**
     * One article of the local press site: which feed lists it, its path, its Vietnamese text, and how many days
     * ago it was published (0: during the test, after the site's history has been read).
     */
    record Story(String feed, String path, String title, String text, int daysAgo) {

        Story(String feed, String path, String title, String text) {
            this(feed, path, title, text, 0);
        }
    }

    private static final List<Story> CORPUS = List.of(
            // the history a deployment has read before: trends count against it, so a first hour is not a burst
            new Story("baoninhbinh", "/bao-ninh-binh/tam-chuc-mua-lu-nam-truoc.html",
                    "Phường Tam Chúc rà soát các điểm nguy cơ sạt lở trước mùa mưa",
                    "UBND phường Tam Chúc đã rà soát 7 điểm có nguy cơ sạt lở đá ven núi, lắp biển cảnh báo và "
                            + "lập phương án di dời dân khi có mưa lớn kéo dài.", 3),
            new Story("baoninhbinh", "/bao-ninh-binh/sat-lo-da-tam-chuc.html",
                    "Sạt lở đá trên núi ở phường Tam Chúc, hai nhà dân bị hư hỏng",
                    "Rạng sáng nay, mưa lớn kéo dài khiến một khối đá lớn trên núi sạt lở xuống khu dân cư tổ 5, "
                            + "phường Tam Chúc. Hai ngôi nhà bị hư hỏng nặng, rất may không có thiệt hại về người. "
                            + "UBND phường đã di dời 12 hộ dân ra khỏi vùng nguy hiểm."),
            new Story("baoninhbinh", "/bao-ninh-binh/tam-chuc-di-doi-dan.html",
                    "Phường Tam Chúc khẩn cấp di dời dân khỏi chân núi sau sạt lở",
                    "Sau vụ sạt lở đá, lãnh đạo phường Tam Chúc yêu cầu kiểm tra toàn bộ các điểm có nguy cơ "
                            + "sạt lở ven núi. Người dân được bố trí chỗ ở tạm tại nhà văn hóa tổ dân phố."),
            new Story("baoninhbinh", "/bao-ninh-binh/tam-chuc-khac-phuc.html",
                    "Huy động lực lượng khắc phục hậu quả sạt lở tại phường Tam Chúc",
                    "Hơn 50 cán bộ, chiến sĩ công an, quân sự cùng người dân phường Tam Chúc đã dọn đất đá sạt lở, "
                            + "giúp các hộ dân di chuyển tài sản đến nơi an toàn."),
            new Story("baoninhbinh", "/bao-ninh-binh/lua-xuan-kim-bang.html",
                    "Nông dân huyện Kim Bảng cũ thu hoạch lúa xuân",
                    "Những ngày này, nông dân các xã thuộc huyện Kim Bảng, tỉnh Hà Nam cũ đang khẩn trương thu "
                            + "hoạch lúa xuân. Năng suất ước đạt 65 tạ/ha."),
            new Story("national", "/quoc-gia/ninh-binh-sat-lo-tam-chuc.html",
                    "Ninh Bình: đá lở vùi hai nhà dân ở phường Tam Chúc",
                    "Mưa lớn gây sạt lở đá tại phường Tam Chúc, tỉnh Ninh Bình. Chính quyền địa phương đã sơ tán "
                            + "các hộ dân sống dưới chân núi và cắm biển cảnh báo."),
            new Story("national", "/quoc-gia/sat-lo-tam-chuc-canh-bao.html",
                    "Cảnh báo nguy cơ sạt lở tiếp tục ở phường Tam Chúc",
                    "Các chuyên gia địa chất cho biết khu vực núi đá ở phường Tam Chúc, tỉnh Ninh Bình còn nhiều "
                            + "vết nứt, nguy cơ sạt lở tiếp diễn nếu mưa kéo dài."),
            new Story("national", "/quoc-gia/tam-chuc-dia-chat.html",
                    "Đoàn địa chất khảo sát điểm sạt lở đá ở phường Tam Chúc",
                    "Đoàn công tác của Sở Nông nghiệp và Môi trường tỉnh Ninh Bình đã khảo sát điểm sạt lở đá tại "
                            + "phường Tam Chúc, đề xuất phương án xử lý các khối đá treo."),
            new Story("national", "/quoc-gia/lao-cai-du-lich-sa-pa.html",
                    "Lào Cai đón hơn 30.000 lượt khách dịp cuối tuần",
                    "Thị xã Sa Pa, tỉnh Lào Cai đón hơn 30.000 lượt khách du lịch trong hai ngày cuối tuần."));

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void ninhBinhRunsFromCrawlToPlacesToAlerts() throws Exception {
        AtomicBoolean todaysNews = new AtomicBoolean(false);
        HttpServer site = localPress(todaysNews);
        try {
            int port = site.getAddress().getPort();
            Path config = Files.writeString(dir.resolve("tinradar.yaml"),
                    // a handful of fixture stories, far under a real day's volume: watching starts at the first
                    "province: Ninh Bình\nweb:\n  advertised-host: 127.0.0.1\n"
                            + "analyze:\n  trend-watch-min-articles-per-day: 1\n", StandardCharsets.UTF_8);
            Path sources = Files.writeString(dir.resolve("sources-ninhbinh-test.yaml"), registry(port),
                    StandardCharsets.UTF_8);
            Settings settings = Settings.load(config);
            try (TinRadarProcess p = new TinRadarProcess(settings, new TinRadarProcess.Options(dir.resolve("data"), 0,
                    null, sources, false, EnumSet.allOf(TinRadarProcess.Role.class), PASSWORD)).start()) {
                waitFor(p, "/api/search?size=5&q=" + enc("rà soát"), body -> body.path("total").asInt() >= 1);
                todaysNews.set(true);

                JsonNode alerts = waitFor(p, "/api/alerts", body -> hasAlertNaming(body, "Tam Chúc"));
                assertThat(alerts.path("alerts").toString()).contains("topic-burst");

                JsonNode rockFall = waitFor(p, "/api/search?size=20&q=" + enc("sạt lở Tam Chúc"),
                        body -> body.path("total").asInt() >= 4);
                assertThat(rockFall.path("hits").toString()).contains("Phường Tam Chúc");

                JsonNode oldNames = waitFor(p, "/api/search?size=5&q=" + enc("lúa xuân Kim Bảng"),
                        body -> body.path("total").asInt() >= 1);
                assertThat(oldNames.path("hits").get(0).path("places").toString())
                        .contains("former-district", "former-province", "Tỉnh Ninh Bình");

                JsonNode laoCai = waitFor(p, "/api/search?size=5&q=" + enc("Sa Pa"),
                        body -> body.path("total").asInt() >= 1);
                assertThat(laoCai.path("hits").get(0).path("places")).isEmpty();

                // the dashboard's header names the province it watches
                assertThat(waitFor(p, "/api/me", body -> body.has("province")).path("province").asText())
                        .isEqualTo("tỉnh Ninh Bình");
            }
        } finally {
            site.stop(0);
        }
    }

    private static boolean hasAlertNaming(JsonNode body, String place) {
        for (JsonNode a : body.path("alerts")) {
            if ((a.path("title").asText() + " " + a.path("summary").asText()).contains(place)) {
                return true;
            }
        }
        return false;
    }

    /** The provincial paper (every article is Ninh Bình's) and a national outlet behind the relevance filter. */
    private static String registry(int port) {
        String base = "http://127.0.0.1:" + port;
        return "sources:\n"
                + "  - id: baoninhbinh\n    name: Báo Ninh Bình\n    tier: provincial-press\n    province-only: true\n"
                + "    allow-private-network: true\n    poll: {min-interval-seconds: 5, max-interval-seconds: 10}\n"
                + "    feeds:\n      - {url: \"" + base + "/baoninhbinh.rss\", kind: rss}\n"
                + "  - id: national\n    name: Báo Quốc Gia\n    tier: national-press\n    province-only: false\n"
                + "    allow-private-network: true\n    poll: {min-interval-seconds: 5, max-interval-seconds: 10}\n"
                + "    feeds:\n      - {url: \"" + base + "/national.rss\", kind: rss}\n";
    }

    /** Serves the history until {@code todaysNews} is set, then today's articles too, published as they appear. */
    private static HttpServer localPress(AtomicBoolean todaysNews) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<Boolean, Map<String, String>> editions = new LinkedHashMap<>();
        editions.put(false, edition(base, false));
        server.createContext("/", exchange -> {
            // today's edition is rendered when first asked for, so its articles are minutes old when crawled
            Map<String, String> pages = todaysNews.get() ? editions.computeIfAbsent(true, k -> edition(base, true))
                    : editions.get(false);
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "không có" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body != null && body.startsWith("<?xml")
                    ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static synchronized Map<String, String> edition(String base, boolean withToday) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> pages = new LinkedHashMap<>();
        for (String feed : List.of("baoninhbinh", "national")) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                    + "<title>" + feed + "</title><link>" + base + "/</link><description>Tin mới</description>");
            int minutes = 0;
            for (Story s : CORPUS) {
                if (!s.feed().equals(feed) || (s.daysAgo() == 0 && !withToday)) {
                    continue;
                }
                // today's news within the trend grace period: older news would count as back-fill and never alert
                OffsetDateTime published = now.minusDays(s.daysAgo()).minusMinutes(minutes += 3);
                rss.append("<item><title>").append(s.title()).append("</title><link>").append(base).append(s.path())
                        .append("</link><description>").append(s.text(), 0, 80).append("</description><pubDate>")
                        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(published)).append("</pubDate></item>");
                pages.put(s.path(), page(s, published));
            }
            pages.put("/" + feed + ".rss", rss.append("</channel></rss>").toString());
        }
        return pages;
    }

    private static String page(Story s, OffsetDateTime published) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + s.title() + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
                + "<article><h1>" + s.title() + "</h1><div class=\"content\"><p>" + s.text() + "</p>"
                + "<p>Lực lượng chức năng đang tiếp tục theo dõi, cập nhật tình hình.</p></div></article></body></html>";
    }

    private JsonNode waitFor(TinRadarProcess p, String path, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = Json.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + p.port() + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                // the web server is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("gave up waiting on " + path + "; last answer: " + last);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
