package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * The "Báo cáo" tab's form in headless Chromium, against the alerts service on a real broker whose articles topic
 * an operator cut to 30 days: a week inside is built from the scored articles on the topic and its DOCX downloads
 * with their figures; a period older than the topic keeps is answered with the Vietnamese refusal naming the
 * earliest day kept, and no report (issue 14).
 */
class ReportFormIT {

    private static final String PASSWORD = "Mật-khẩu-báo-cáo-2026";
    private static final Topics TOPICS = new Topics("report-form-it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final LocalDate TODAY = LocalDate.now(VnTime.ZONE);
    /** Last week, well inside the 30 days kept. */
    private static final LocalDate FROM = TODAY.minusDays(8);
    private static final LocalDate TO = TODAY.minusDays(2);

    private static TinRadarProcess process;
    private static Path dataDir;
    private static DashboardBrowser browser;

    @BeforeAll
    static void startAlertsOnABrokerKeepingThirtyDaysOfArticles() throws Exception {
        assertThat(DashboardBrowser.available()).as("Debian's chromium and chromium-driver are installed").isTrue();
        try (Admin admin = Admin.create(KAFKA.broker().kafka())) {
            ConfigResource scored = new ConfigResource(ConfigResource.Type.TOPIC, TOPICS.articlesScored.name());
            admin.incrementalAlterConfigs(Map.of(scored, List.of(new AlterConfigOp(new ConfigEntry("retention.ms",
                    String.valueOf(Duration.ofDays(30).toMillis())), AlterConfigOp.OpType.SET)))).all().get();
        }
        sendScored(List.of(
                scored("bl-1", "Sạt lở đất tại xã Bát Xát, 12 hộ dân phải di dời khẩn cấp", FROM, "thien-tai",
                        Sentiment.NEGATIVE),
                scored("bl-2", "Mưa lớn gây sạt lở taluy trên Quốc lộ 4D", FROM.plusDays(1), "thien-tai",
                        Sentiment.NEGATIVE),
                scored("bl-3", "Khắc phục hậu quả sạt lở, thông tuyến Quốc lộ 4D", FROM.plusDays(2), "thien-tai",
                        Sentiment.NEUTRAL),
                scored("tv-1", "Sa Pa đón lượng khách kỷ lục dịp cuối tuần", FROM.plusDays(3), "du-lich",
                        Sentiment.POSITIVE)));
        dataDir = Files.createTempDirectory("tinradar-report-form");
        // the settings name the class's own topics on the shared broker
        Path settings = Files.writeString(dataDir.resolve("tinradar.yaml"),
                "kafka:\n  topic-prefix: " + TOPICS.prefix() + "\n", StandardCharsets.UTF_8);
        process = new TinRadarProcess(Settings.load(settings), new TinRadarProcess.Options(dataDir, 0,
                KAFKA.broker().bootstrapServers(), null, false, EnumSet.of(TinRadarProcess.Role.ALERTS), PASSWORD))
                .start();
        // one browser for the class: Chromium's start is the slow part
        browser = new DashboardBrowser(process.port(), Files.createTempDirectory("chromium"));
        browser.openReports("admin", PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (process != null) {
            process.close();
        }
    }

    private static ScoredArticle scored(String id, String title, LocalDate day, String topic, String tone) {
        OffsetDateTime published = OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(7));
        Article a = new Article(Article.VERSION, id, "https://baolaocai.vn/" + id + ".html", "baolaocai",
                "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, title, null, title + ".", null, null, null, "vi",
                published, null, "page", published.toInstant(), "hash-" + id, null, true);
        return new ScoredArticle(ScoredArticle.VERSION, a, true,
                List.of(new PlaceTag("bat-xat", "Xã Bát Xát", "commune", null)),
                List.of(new TopicScore(topic, 0.9, List.of())), new Sentiment(tone, 0, List.of()), null,
                "story-" + id, null, published.toInstant());
    }

    private static void sendScored(List<ScoredArticle> articles) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.broker().kafka(),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ScoredArticle s : articles) {
                producer.send(new ProducerRecord<>(TOPICS.articlesScored.name(), s.id(),
                        TOPICS.articlesScored.valueSerde().serializer().serialize(TOPICS.articlesScored.name(), s)))
                        .get();
            }
        }
    }

    private static HttpResponse<byte[]> download(String href) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The alerts service reads articles.scored on its own thread: the week's report counts them once it has. */
    private static void awaitArticlesRead(DashboardBrowser browser) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (browser.requestReport(FROM, TO).startsWith("Đã lập") && reportPageCounts(4)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the week's report never counted the 4 articles sent");
    }

    private static boolean reportPageCounts(int articles) {
        try {
            String page = new String(download("http://127.0.0.1:" + process.port() + "/reports/" + FROM + "_"
                    + TO.plusDays(1) + "/bao-cao.html").body(), StandardCharsets.UTF_8);
            return page.contains("Tổng số " + articles + " bài");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void weekChosenInTheFormIsBuiltAndItsDocxCarriesTheTopicsOfTheArticlesOnTheTopic() throws Exception {
        awaitArticlesRead(browser);

        String docx = browser.reportDocxLink(FROM + "_" + TO.plusDays(1));

        HttpResponse<byte[]> file = download(docx);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains("bao-cao-" + FROM + "_" + TO.plusDays(1) + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
            XWPFTable topics = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Chủ đề")).findFirst().orElseThrow();
            assertThat(topics.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .startsWith("Thiên tai (sạt lở, lũ quét, bão)", "3"); // the name alerts.rules gives the topic
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText())
                    .startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
    }

    @Test
    void periodOlderThanTheArticlesKeptIsRefusedInVietnameseWithTheEarliestDay() {
        LocalDate earliest = Instant.now().minus(Duration.ofDays(30)).atZone(VnTime.ZONE).toLocalDate().plusDays(1);

        String answer = browser.requestReport(TODAY.minusDays(45), TODAY.minusDays(39));

        assertThat(answer).startsWith("error: Không lập được báo cáo: Kỳ " + VnTime.DATE.format(TODAY.minusDays(45)))
                .contains("cũ hơn dữ liệu TinRadar còn lưu")
                .contains("ngày sớm nhất còn đủ dữ liệu là " + VnTime.DATE.format(earliest));
        assertThat(dataDir.resolve("reports").resolve(TODAY.minusDays(45) + "_" + TODAY.minusDays(38)))
                .doesNotExist();
    }
}
