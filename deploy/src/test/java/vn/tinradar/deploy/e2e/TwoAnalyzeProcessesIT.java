package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * Two {@code analyze} processes on one broker, as a distributed deployment runs them: each announces its web port
 * as its Streams {@code application.server}, and the HTTP API of either answers for both — search hits, totals
 * and facets, any article, claims and saved searches, the forecast of a trend whichever process holds its counts —
 * and exports the search as CSV for Excel. With the default
 * settings each keeps standby copies of the other's stores. A claim entered
 * through the API and then repeated by low-tier sites raises the urgent {@code debunked-claim} alert.
 */
class TwoAnalyzeProcessesIT {

    private static final String PASSWORD = "thử-nghiệm-hai-máy";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Days of the commune's ordinary news before today: more than the forecaster's minimum of 14. */
    private static final int HISTORY_DAYS = 16;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eitherProcessAnswersForBoth() throws Exception {
        Path config = dir.resolve("tinradar.yaml");
        // a few weeks of one commune's news, far under a real day's volume: watching for trends starts at once
        Files.writeString(config, "web:\n  advertised-host: 127.0.0.1\n  peer-secret: \"cùng một bí mật\"\n"
                + "analyze:\n  trend-watch-min-articles-per-day: 1\n", StandardCharsets.UTF_8);
        Settings settings = Settings.load(config);
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka")).start();
             TinRadarProcess a = start(settings, kafka, "a", TinRadarProcess.Role.ANALYZE, TinRadarProcess.Role.ALERTS);
             TinRadarProcess b = start(settings, kafka, "b", TinRadarProcess.Role.ANALYZE)) {
            List<Article> history = schoolNews(HISTORY_DAYS);
            List<Article> articles = articles(12);
            Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
            send(kafka.bootstrapServers(), topics, history);
            send(kafka.bootstrapServers(), topics, articles);

            JsonNode fromA = waitFor(a, "/api/search?size=50&q=" + enc("sạt lở"), r -> r.path("total").asInt() == 12);
            long all = 12 + HISTORY_DAYS;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (documents(a) + documents(b) < all && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            long onA = documents(a);
            assertThat(onA + documents(b)).isEqualTo(all);
            assertThat(onA).isBetween(1L, all - 1);
            // kafka.standby-replicas is 1 unless set: each instance keeps a warm copy of the other's stores
            waitFor(a, "/health", r -> r.path("components").path("analyze").path("standbyTasks").asInt() > 0);
            waitFor(b, "/health", r -> r.path("components").path("analyze").path("standbyTasks").asInt() > 0);
            JsonNode fromB = get(b, "/api/search?size=50&q=" + enc("sạt lở"));
            assertThat(fromB.path("total").asInt()).isEqualTo(12);
            assertThat(ids(fromB)).containsExactlyElementsOf(ids(fromA));
            assertThat(fromA.path("unreachable")).isEmpty();

            // one process holds the commune's counts; the trend and its forecast read the same on both (issue 14)
            String commune = placeId(get(a, "/api/articles/" + history.get(0).id()), "Văn Bàn");
            for (TinRadarProcess p : List.of(a, b)) {
                JsonNode f = waitFor(p, "/api/forecast?kind=place&days=3&key=" + enc(commune),
                        r -> r.path("historyArticles").asInt() == HISTORY_DAYS);
                assertThat(f.path("enoughHistory").asBoolean()).isTrue();
                assertThat(f.hasNonNull("unansweredBy")).isFalse();
                JsonNode trends = waitFor(p, "/api/trends", r -> r.path("forecasts").has("place:" + commune));
                assertThat(trends.path("forecasts").path("place:" + commune).path("day").path("enoughHistory")
                        .asBoolean()).isTrue();
            }
            for (Article x : articles) {
                assertThat(status(a, "/api/articles/" + x.id())).as("article %s on a", x.id()).isEqualTo(200);
                assertThat(status(b, "/api/articles/" + x.id())).as("article %s on b", x.id()).isEqualTo(200);
            }

            HttpResponse<byte[]> csv = http.send(request(a, "/api/search/export?format=csv&q=" + enc("sạt lở"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/csv"));
            assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines().count()).isEqualTo(13);

            HttpResponse<String> added = http.send(request(a, "/api/claims").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"claimReviewed\":\"Bệnh viện tỉnh từ chối cấp cứu "
                            + "sản phụ vì chưa nộp tiền\",\"verdict\":\"false\",\"reviewedBy\":\"Sở Y tế\","
                            + "\"reviewDate\":\"18/11/2026\",\"correctionUrl\":\"https://laocai.gov.vn/cai-chinh\"}",
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            waitFor(b, "/api/claims", r -> r.path("claims").size() == 1);

            // the claim resurfaces on two unlicensed sites: the article signal, the story signal, the urgent alert
            send(kafka.bootstrapServers(), new Topics(settings.deploy().kafka().topicPrefix()),
                    List.of(resurfaced("tinnong24h", 1), resurfaced("baonhanh", 2)));
            JsonNode alerts = waitFor(a, "/api/alerts", r -> hasRule(r, "debunked-claim"));
            for (JsonNode alert : alerts.path("alerts")) {
                if (alert.path("rule").asText().equals("debunked-claim")) {
                    assertThat(alert.path("severity").asText()).isEqualTo("urgent");
                    assertThat(alert.path("signals").get(0).path("evidence").asText())
                            .contains("tin sai sự thật", "https://laocai.gov.vn/cai-chinh");
                }
            }

            HttpResponse<String> saved = http.send(request(b, "/api/searches").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sạt lở mới nhất\",\"params\":{\"q\":\"sạt lở\","
                            + "\"sort\":\"time\"}}", StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            waitFor(a, "/api/searches", r -> r.path("searches").size() == 1);
        }
    }

    private TinRadarProcess start(Settings settings, EmbeddedKafka kafka, String name, TinRadarProcess.Role first,
                                  TinRadarProcess.Role... more) {
        return new TinRadarProcess(settings, new TinRadarProcess.Options(dir.resolve(name), 0, kafka.bootstrapServers(),
                null, false, EnumSet.of(first, more), PASSWORD)).start();
    }

    /** A copy of the debunked claim on a low-tier site, as such sites retell it. */
    private static Article resurfaced(String site, int n) {
        String url = "https://" + site + ".net/benh-vien-tu-choi-cap-cuu-" + n;
        String title = "Nóng: Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền";
        String text = "Người nhà sản phụ ở phường Yên Bái cho biết bệnh viện tỉnh từ chối cấp cứu sản phụ vì gia đình chưa "
                + "nộp tiền tạm ứng, khiến sản phụ phải chuyển viện trong đêm. Chia sẻ ngay để mọi người cùng biết.";
        OffsetDateTime published = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).minusMinutes(10 - n);
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, site, site, SourceTier.UNLICENSED_SITE,
                title, null, text, null, null, null, "vi", published, null, "page", Instant.now(),
                ArticleIds.contentHash(title, text), null, false);
    }

    private static boolean hasRule(JsonNode body, String rule) {
        for (JsonNode alert : body.path("alerts")) {
            if (rule.equals(alert.path("rule").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<Article> articles(int n) {
        List<Article> out = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        for (int i = 0; i < n; i++) {
            String url = "https://baolaocai.vn/sat-lo-van-ban-" + i + ".html";
            String title = "Sạt lở đe dọa " + (i + 5) + " hộ dân ở xã Văn Bàn";
            String text = "Mưa lớn kéo dài khiến taluy dương sạt lở tại thôn Nà Khương " + i + ", xã Văn Bàn, vùi lấp "
                    + (i + 1) + " căn nhà; chính quyền xã đã di dời khẩn cấp các hộ dân đến nơi an toàn.";
            OffsetDateTime published = now.minusMinutes(90 - 5L * i);
            out.add(new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "baolaocai", "Báo Lào Cai",
                    SourceTier.PROVINCIAL_PRESS, title, null, text, "Thu Hà", null, null, "vi", published, null,
                    "page", Instant.now(), ArticleIds.contentHash(title, text), null, true));
        }
        return out;
    }

    /** One ordinary report a day from the landslide's commune, before today. */
    private static List<Article> schoolNews(int days) {
        List<Article> out = new ArrayList<>();
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).withHour(8).withMinute(30);
        for (int d = days; d >= 1; d--) {
            String url = "https://baolaocai.vn/van-ban-truong-hoc-" + d + ".html";
            String title = "Xã Văn Bàn trao " + (d + 20) + " suất học bổng cho học sinh vượt khó";
            String text = "Ủy ban nhân dân xã Văn Bàn, tỉnh Lào Cai trao " + (d + 20) + " suất học bổng và áo ấm cho học "
                    + "sinh có hoàn cảnh khó khăn tại các điểm trường thôn bản.";
            OffsetDateTime published = today.minusDays(d);
            out.add(new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "baolaocai", "Báo Lào Cai",
                    SourceTier.PROVINCIAL_PRESS, title, null, text, "Thu Hà", null, null, "vi", published, null,
                    "page", published.toInstant(), ArticleIds.contentHash(title, text), null, true));
        }
        return out;
    }

    private long documents(TinRadarProcess p) throws IOException, InterruptedException {
        return get(p, "/health").path("components").path("index").path("documents").asLong();
    }

    private static String placeId(JsonNode article, String name) {
        for (JsonNode p : article.path("places")) {
            if (p.path("name").asText().contains(name)) {
                return p.path("id").asText();
            }
        }
        throw new AssertionError("no place " + name + " in " + article.path("places"));
    }

    private static void send(String bootstrap, Topics topics, List<Article> articles) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Article x : articles) {
                producer.send(new ProducerRecord<>(topics.articlesRaw.name(), x.id(),
                        Json.mapper().writeValueAsBytes(x))).get();
            }
        }
    }

    private static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    private JsonNode waitFor(TinRadarProcess p, String path, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(p, path);
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("gave up waiting on " + path + "; last answer: " + last);
    }

    private int status(TinRadarProcess p, String path) throws Exception {
        return http.send(request(p, path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode get(TinRadarProcess p, String path) throws IOException, InterruptedException {
        return Json.mapper().readTree(http.send(request(p, path).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpRequest.Builder request(TinRadarProcess p, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
