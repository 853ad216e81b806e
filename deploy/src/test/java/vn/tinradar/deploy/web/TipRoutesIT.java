package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.query.claims.ClaimDraft;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Tip;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.backup.Backup;
import vn.tinradar.deploy.backup.BackupFile;
import vn.tinradar.deploy.backup.Restore;
import vn.tinradar.deploy.e2e.DashboardBrowser;
import vn.tinradar.deploy.incident.IncidentBook;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.incident.IncidentSubjects;
import vn.tinradar.deploy.incident.KafkaIncidentLog;
import vn.tinradar.deploy.kafka.TopicCreator;
import vn.tinradar.deploy.kafka.TopicLayout;
import vn.tinradar.deploy.tip.KafkaTipLog;
import vn.tinradar.deploy.tip.TipAnalyzer;
import vn.tinradar.deploy.tip.TipBook;
import vn.tinradar.deploy.tip.TipPage;
import vn.tinradar.deploy.tip.TipService;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;

/**
 * Tips from staff over real HTTP, on a real broker with the real analysis: three unlicensed pages spread a rumour
 * that a hydropower dam in Bát Xát is about to burst, the province's reviewed claim says it is false, and a
 * landslide story runs beside it. A tip URL is read from a local site through the crawler's fetcher (robots.txt
 * and the address guard apply: only the site's {@code localhost:port} may be private here), analysed, matched to the claim and the
 * rumour's story, and kept in the compacted {@code tips} topic. In headless Chromium (when Debian's chromium is
 * installed), the "Tin báo" tab shows a pasted message's analysis and marks it "Đã xác minh sai". One class, so the
 * broker and the analysis start once for the routes and the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TipRoutesIT {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final Topics TOPICS = new Topics("it-tip.");
    private static final String CLAIM = "Đập thủy điện ở Bát Xát nứt toác, sắp vỡ trong đêm nay";
    private static final String TIP_PAGE = """
            <!doctype html><html lang="vi"><head><meta charset="utf-8">
            <title>Clip đập thủy điện Bát Xát nứt toác, sắp vỡ trong đêm nay - Tin nóng vùng cao</title></head>
            <body><article><h1>Clip đập thủy điện Bát Xát nứt toác, sắp vỡ trong đêm nay</h1>
            <p class="sapo">Một đoạn clip lan truyền trên mạng cho thấy thân đập thủy điện ở Bát Xát nứt toác, nước rỉ
            ra ào ạt; người đăng kêu gọi bà con dọc suối sơ tán ngay trong đêm.</p>
            <p>Theo lời một người tự xưng là công nhân nhà máy, vết nứt trên thân đập đã lan rộng từ chiều qua và ban
            quản lý chưa thông báo cho người dân các xã Bát Xát, Mường Hum, Trịnh Tường.</p>
            <p>Bài đăng kêu gọi chia sẻ ngay để cứu người, kèm số điện thoại không rõ chủ.</p>
            </article></body></html>
            """;
    /** A forwarded message, as staff paste it from a chat: no markup, the first line reads as a headline. */
    private static final String FORWARDED = """
            Khẩn: đập thủy điện ở Bát Xát sắp vỡ, bà con dọc suối sơ tán ngay trong đêm nay
            Nghe nói thân đập đã nứt toác từ chiều, nước rỉ ra rất nhiều. Ai có người thân ở Bát Xát, Mường Hum báo ngay.
            """;

    /** A message about another rumour, for the tip that becomes a claim of its own. */
    private static final String HOSPITAL = """
            Bệnh viện tỉnh từ chối cấp cứu sản phụ vì gia đình chưa nộp đủ tiền tạm ứng
            Người nhà kể sản phụ ở phường Cam Đường phải chờ hơn hai giờ ở hành lang, ai đi sinh ở viện tỉnh thì cẩn thận.
            """;

    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    private Properties kafka;
    private AnalyzeService analyze;
    private KafkaTipLog tipLog;
    private KafkaIncidentLog incidentLog;
    private HttpServer site;
    private WebFixture web;
    private WebFixture.Session staff;
    private WebFixture.Session viewer;
    private String damStory;

    @BeforeAll
    void start(@TempDir Path dataDir) throws Exception {
        kafka = KAFKA.broker().kafka();
        OffsetDateTime start = OffsetDateTime.now(VN).minusHours(5).withNano(0);
        List<Article> rumour = List.of(
                article("nhipsongviet", SourceTier.UNLICENSED_SITE, start,
                        "Khẩn cấp: đập thủy điện Bát Xát nứt toác, sắp vỡ trong đêm nay",
                        "Thân đập thủy điện đầu nguồn ở Bát Xát được cho là đã nứt toác, nước rỉ ra ào ạt. Người dân dọc "
                                + "suối ở Mường Hum, Trịnh Tường được kêu gọi sơ tán gấp trong đêm."),
                article("baonhanh", SourceTier.UNLICENSED_SITE, start.plusMinutes(40),
                        "Đập thủy điện ở Bát Xát nứt toác, có thể vỡ trong đêm nay, dân dọc suối hoảng loạn",
                        "Tin đập thủy điện ở Bát Xát nứt toác và sắp vỡ lan nhanh; nhiều hộ dọc suối ở Mường Hum thu dọn "
                                + "đồ đạc chạy lên đồi."),
                article("taybacxanh", SourceTier.UNLICENSED_SITE, start.plusMinutes(90),
                        "Dân hoang mang vì tin đập thủy điện Bát Xát sắp vỡ trong đêm",
                        "Người dân các xã Bát Xát, Mường Hum hoang mang trước tin thân đập thủy điện nứt toác, có thể vỡ "
                                + "trong đêm nay."));
        List<Article> landslide = List.of(
                article("baolaocai", SourceTier.PROVINCIAL_PRESS, start.plusMinutes(10),
                        "Sạt lở đe dọa khu dân cư ở xã Y Tý, di dời khẩn cấp 14 hộ dân",
                        "Mưa lớn khiến khối đất đá trên đồi phía sau thôn Choản Thèn, xã Y Tý dịch chuyển; chính quyền "
                                + "xã đã di dời 14 hộ dân đến nơi an toàn."),
                article("laocaitv", SourceTier.PROVINCIAL_PRESS, start.plusMinutes(30),
                        "Xã Y Tý di dời 14 hộ dân khỏi vùng sạt lở",
                        "Khối đất đá phía sau thôn Choản Thèn, xã Y Tý tiếp tục nứt rộng; 14 hộ dân đã được di dời."));
        KAFKA.broker().sendArticles(rumour);
        KAFKA.broker().sendArticles(landslide);
        analyze = new AnalyzeService(AnalyzeConfig.defaults(), TOPICS, kafka, dataDir.resolve("analyze"),
                DefaultArticleScorer.load(null, Provinces.defaultProvince()), new SimpleMeterRegistry());
        analyze.start();
        TestBroker.await(() -> searchable("Bát Xát") >= 3 && searchable("Y Tý") >= 2, "the five reports indexed");
        damStory = analyze.article(rumour.get(0).id()).orElseThrow().storyId();
        analyze.claims().add(new ClaimDraft(CLAIM, "false", "UBND tỉnh Lào Cai",
                LocalDate.now(VN).toString(), "https://laocai.gov.vn/dap-bat-xat-van-hanh-an-toan"), "tran.thi.binh");
        TestBroker.await(() -> !analyze.claims().list().isEmpty(), "the reviewed claim in the global store");

        site = HttpServer.create(new InetSocketAddress(0), 0);
        serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /rieng/\n");
        serve("/tin/dap-bat-xat-sap-vo.html", "text/html; charset=utf-8", TIP_PAGE);
        serve("/rieng/tin-nhan.html", "text/html; charset=utf-8", TIP_PAGE);
        site.start();

        IncidentBook incidentBook = new IncidentBook();
        incidentLog = new KafkaIncidentLog(TOPICS, kafka, incidentBook).start(Duration.ofSeconds(30));
        IncidentService incidents = new IncidentService(incidentBook, incidentLog, new IncidentSubjects() {
            @Override
            public Optional<Alert> alert(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Story> story(String id) {
                return analyze.story(id);
            }
        }, Clock.systemUTC());
        TipBook tips = new TipBook();
        tipLog = new KafkaTipLog(TOPICS, kafka, tips).start(Duration.ofSeconds(30));
        web = new WebFixture("", new Backends(null, analyze, null), new Incidents(incidents, null),
                tipService(tips, tipLog));
        staff = web.signIn(WebFixture.STAFF);
        viewer = web.signIn(WebFixture.VIEWER);
    }

    private TipService tipService(TipBook book, KafkaTipLog log) {
        IngestConfig ingest = IngestConfig.defaults();
        TipPage pages = new TipPage(new Fetcher(ingest, IngestMetrics.noop(), Clock.systemUTC()),
                ingest.maxPageBytes(), Set.of(TipPage.site(siteUrl("/"))));
        TipAnalyzer analyzer = new TipAnalyzer(analyze.scorer(), analyze.claims()::list,
                analyze.config().claimMinSimilarity(), analyze.config().claimMaxMatches(), analyze.search()::search,
                Clock.systemUTC());
        return new TipService(book, log, pages, analyzer, Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {web, tipLog, incidentLog, analyze}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the next one still closes
            }
        }
        if (site != null) {
            site.stop(0);
        }
    }

    @Test
    void aTipUrlIsReadAndMatchesTheReviewedClaimAndTheRumoursStory() throws Exception {
        JsonNode tip = submit(Map.of("url", siteUrl("/tin/dap-bat-xat-sap-vo.html")), 201);

        JsonNode analysis = tip.path("analysis");
        assertThat(tip.path("status").asText()).isEqualTo("new");
        assertThat(tip.hasNonNull("fetchError")).isFalse();
        assertThat(analysis.path("title").asText()).isEqualTo("Clip đập thủy điện Bát Xát nứt toác, sắp vỡ trong đêm nay");
        assertThat(analysis.path("claims").get(0).path("claim").asText()).isEqualTo(CLAIM);
        assertThat(analysis.path("claims").get(0).path("similarity").asDouble()).isGreaterThan(0.5);
        assertThat(analysis.path("reasons").findValuesAsText("name")).contains("debunked-claim");
        assertThat(analysis.path("stories").get(0).path("storyId").asText()).isEqualTo(damStory);
        assertThat(analysis.path("stories").findValuesAsText("title")).allSatisfy(t -> assertThat(t).contains("đập"));
        assertThat(analysis.path("stories").get(0).path("sharedTerms").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPastedTextIsAnalysedWithItsFirstLineAsHeadline() throws Exception {
        JsonNode tip = submit(Map.of("text", FORWARDED), 201);

        JsonNode analysis = tip.path("analysis");
        assertThat(tip.hasNonNull("url")).isFalse();
        assertThat(analysis.path("title").asText())
                .isEqualTo("Khẩn: đập thủy điện ở Bát Xát sắp vỡ, bà con dọc suối sơ tán ngay trong đêm nay");
        assertThat(analysis.path("places").toString()).contains("Bát Xát");
        assertThat(analysis.path("claims").findValuesAsText("claim")).containsExactly(CLAIM);
        assertThat(analysis.path("suspicion").asDouble()).isGreaterThan(0);
    }

    @Test
    void aPastedTextIsDatedWhenPastedNotFlaggedAsUndated() throws Exception {
        JsonNode tip = submit(Map.of("text", FORWARDED), 201);

        assertThat(tip.path("analysis").path("reasons").findValuesAsText("name")).doesNotContain("no-date")
                .contains("debunked-claim");
    }

    @Test
    void aPageRobotsTxtForbidsIsKeptWithTheReasonAndAnalysedFromThePastedText() throws Exception {
        JsonNode tip = submit(Map.of("url", siteUrl("/rieng/tin-nhan.html"), "text", FORWARDED), 201);

        assertThat(tip.path("fetchError").asText()).contains("robots.txt").contains("/rieng/tin-nhan.html");
        assertThat(tip.path("analysis").path("claims").findValuesAsText("claim")).containsExactly(CLAIM);
    }

    @Test
    void aUrlToALoopbackOrPrivateAddressOrAnotherPortOfTheAllowedSiteIsRefusedNamingItAndNothingIsKept() throws Exception {
        String loopback = "http://127.0.0.1:" + site.getAddress().getPort() + "/tin/dap-bat-xat-sap-vo.html";

        JsonNode refused = submit(Map.of("url", loopback), 400);
        JsonNode privateNet = submit(Map.of("url", "http://10.20.30.40/admin"), 400);
        JsonNode otherPort = submit(Map.of("url", "http://localhost:1/api/tips"), 400);

        assertThat(refused.path("error").asText()).contains(loopback).contains("nội bộ");
        assertThat(privateNet.path("error").asText()).contains("http://10.20.30.40/admin");
        assertThat(otherPort.path("error").asText()).contains("http://localhost:1/api/tips");
        assertThat(web.send(web.asDashboard(viewer, "GET", "/api/tips")).body()).doesNotContain("127.0.0.1", "10.20.30.40", "localhost:1/");
    }

    @Test
    void emptyOrNonHttpInputIsRefusedNamingTheField() throws Exception {
        assertThat(submit(Map.of("url", " ", "text", ""), 400).path("error").asText()).contains("url").contains("text");
        assertThat(submit(Map.of("url", "file:///etc/passwd"), 400).path("error").asText())
                .contains("'url'").contains("file:///etc/passwd");
        assertThat(submit(Map.of("text", "x".repeat(20_001)), 400).path("error").asText())
                .contains("'text'").contains("20001");
    }

    @Test
    void staffMarkTheTipFalseAndTheHistorySaysWhoAndWhen() throws Exception {
        String id = submit(Map.of("text", FORWARDED), 201).path("id").asText();

        JsonNode changed = post("/api/tips/" + id, Map.of("status", "false", "handler", "tran.thi.binh",
                "notes", "UBND tỉnh đã cải chính"), 200);

        assertThat(changed.path("status").asText()).isEqualTo("false");
        assertThat(changed.path("handler").asText()).isEqualTo("tran.thi.binh");
        assertThat(changed.path("history").findValuesAsText("action")).containsExactly("submit", "status", "handler",
                "notes");
        assertThat(changed.path("history").get(1).path("by").asText()).isEqualTo(WebFixture.STAFF);
        assertThat(changed.path("history").get(1).path("at").asText()).isNotBlank();
        JsonNode listed = json(web.send(web.asDashboard(viewer, "GET", "/api/tips?status=false")), 200);
        assertThat(listed.path("tips").findValuesAsText("id")).contains(id);
    }

    @Test
    void aViewerCannotChangeATip() throws Exception {
        String id = submit(Map.of("text", FORWARDED), 201).path("id").asText();

        HttpResponse<String> r = web.send(web.asDashboard(viewer, "POST", "/api/tips/" + id)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"false\"}")));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(web.send(web.asDashboard(viewer, "GET", "/api/tips/" + id)), 200).path("status").asText())
                .isEqualTo("new");
    }

    @Test
    void anUnknownStatusIsRefusedNamingIt() throws Exception {
        String id = submit(Map.of("text", FORWARDED), 201).path("id").asText();

        assertThat(post("/api/tips/" + id, Map.of("status", "sai"), 400).path("error").asText())
                .contains("'status'").contains("sai");
    }

    @Test
    void aTipBecomesAClaimFromItsPrefilledDraft() throws Exception {
        // about another rumour, so the claim it becomes does not match the other tests' dam tips
        String id = submit(Map.of("text", HOSPITAL), 201).path("id").asText();
        post("/api/tips/" + id, Map.of("status", "false"), 200);
        JsonNode draft = json(web.send(web.asDashboard(staff, "GET", "/api/tips/" + id + "/claim-draft")), 200);

        JsonNode tip = post("/api/tips/" + id + "/claim", Map.of("claimReviewed", draft.path("claimReviewed").asText(),
                "verdict", draft.path("verdict").asText(), "reviewedBy", "Sở Y tế tỉnh Lào Cai",
                "reviewDate", LocalDate.now(VN).toString(), "correctionUrl", "https://laocai.gov.vn/cai-chinh-benh-vien"),
                200);

        assertThat(draft.path("claimReviewed").asText())
                .isEqualTo("Bệnh viện tỉnh từ chối cấp cứu sản phụ vì gia đình chưa nộp đủ tiền tạm ứng");
        assertThat(draft.path("verdict").asText()).isEqualTo("false");
        assertThat(analyze.claims().list()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(tip.path("claimId").asText());
            assertThat(c.claimReviewed()).isEqualTo(draft.path("claimReviewed").asText());
        });
    }

    @Test
    void aTipOpensAnIncidentOnTheStoryItResemblesMost() throws Exception {
        String id = submit(Map.of("url", siteUrl("/tin/dap-bat-xat-sap-vo.html")), 201).path("id").asText();

        JsonNode tip = post("/api/tips/" + id + "/incident", Map.of(), 200);

        JsonNode incident = json(web.send(web.asDashboard(viewer, "GET", "/api/incidents/"
                + tip.path("incidentId").asText())), 200);
        assertThat(incident.path("incident").path("storyIds").get(0).asText()).isEqualTo(damStory);
        assertThat(tip.path("history").findValuesAsText("action")).endsWith("incident");
    }

    @Test
    void tipsAreReadBackFromTheTopicAfterARestart() throws Exception {
        String id = submit(Map.of("text", FORWARDED), 201).path("id").asText();
        post("/api/tips/" + id, Map.of("status", "checking"), 200);

        TipBook afterRestart = new TipBook();
        try (KafkaTipLog restarted = new KafkaTipLog(TOPICS, kafka, afterRestart).start(Duration.ofSeconds(30))) {
            Tip read = afterRestart.get(id).orElseThrow();
            assertThat(read.status()).isEqualTo("checking");
            assertThat(read.analysis().claims()).extracting(c -> c.claim()).containsExactly(CLAIM);
            assertThat(read.history()).extracting(c -> c.action()).containsExactly("submit", "status");
        }
    }

    @Test
    void anInstanceWithoutAnalyzeShowsAndChangesTheTipsButCannotAnalyseANewOne() throws Exception {
        String id = submit(Map.of("text", FORWARDED), 201).path("id").asText();
        TipBook otherBook = new TipBook();
        try (KafkaTipLog otherLog = new KafkaTipLog(TOPICS, kafka, otherBook).start(Duration.ofSeconds(30));
             WebFixture alertsOnly = new WebFixture("", new Backends(null, null, null), Incidents.NONE,
                     new TipService(otherBook, otherLog, null, null, Clock.systemUTC()))) {
            WebFixture.Session there = alertsOnly.signIn(WebFixture.STAFF);

            HttpResponse<String> changed = alertsOnly.send(alertsOnly.asDashboard(there, "POST", "/api/tips/" + id)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"checking\"}")));
            HttpResponse<String> submitted = alertsOnly.send(alertsOnly.asDashboard(there, "POST", "/api/tips")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(Map.of("text", FORWARDED)))));

            assertThat(json(changed, 200).path("status").asText()).isEqualTo("checking");
            assertThat(json(submitted, 503).path("error").asText()).contains("analyze");
            TestBroker.await(() -> readTip(id).path("status").asText().equals("checking"),
                    "the change seen on the analyze instance");
        }
    }

    private JsonNode readTip(String id) {
        try {
            return json(web.send(web.asDashboard(viewer, "GET", "/api/tips/" + id)), 200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inTheTipsTabStaffPasteAMessageSeeTheClaimItRepeatsAndMarkItFalse() throws Exception {
        assumeTrue(DashboardBrowser.available(), "needs Debian's chromium and chromium-driver");
        List<String> shown;
        try (DashboardBrowser browser = new DashboardBrowser(web.server.port(), Files.createTempDirectory("chromium"))) {
            shown = browser.pasteTipAndMarkItFalse(WebFixture.STAFF, WebFixture.PASSWORD, FORWARDED);
        }

        assertThat(shown.get(0)).contains(CLAIM).contains("Bát Xát");
        assertThat(shown.get(1)).contains(WebFixture.STAFF + " · Đổi trạng thái: Đã xác minh sai");
    }

    @Test
    void aBackupHoldsTheTipsAndARestoreBringsThemBack(@TempDir Path dir) throws Exception {
        String id = submit(Map.of("text", FORWARDED), 201).path("id").asText();
        Topics fresh = new Topics("it-tip-moi.");
        TopicCreator.ensure(kafka, fresh, new TopicLayout(1, -1, Duration.ofDays(400), Duration.ofDays(90),
                Duration.ofDays(30)));

        Path file = dir.resolve("backup.jsonl");
        new Backup(TOPICS, kafka, Clock.systemUTC()).export(file, Map.of());
        new Restore(fresh, kafka, dir.resolve("files")).restore(BackupFile.read(file));

        assertThat(BackupFile.read(file).header().counts().get("tip")).isPositive();
        assertThat(TopicReport.readAll(fresh.tips, kafka).get(id).text()).isEqualTo(FORWARDED.strip());
    }

    private long searchable(String q) {
        try {
            return analyze.search().search(SearchRequest.of(q)).total();
        } catch (IllegalStateException e) {
            return 0; // no shard open yet
        }
    }

    private String siteUrl(String path) {
        return "http://localhost:" + site.getAddress().getPort() + path;
    }

    private void serve(String path, String type, String body) {
        site.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    private JsonNode submit(Map<String, String> body, int status) throws Exception {
        return post("/api/tips", body, status);
    }

    private JsonNode post(String path, Map<String, String> body, int status) throws Exception {
        return json(web.send(web.asDashboard(staff, "POST", path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body)))), status);
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.mapper().readTree(r.body());
    }

    private static Article article(String source, SourceTier tier, OffsetDateTime published, String title,
                                   String text) {
        String url = "https://" + source + ".vn/" + ArticleIds.sha256Hex(title).substring(0, 10) + ".html";
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, source, source, tier, title, null,
                text, null, null, null, "vi", published, null, "page", published.toInstant(),
                ArticleIds.contentHash(title, text), null, tier == SourceTier.PROVINCIAL_PRESS);
    }
}
