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
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.demo.DemoCorpus;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * The whole demo path on a real embedded broker: demo feeds served over HTTP → crawler → Kafka → Streams →
 * Lucene → alerts → e-mail outbox and API; then a restart that must neither lose nor repeat anything.
 */
class DemoEndToEndIT {

    private static final String PASSWORD = "thử-nghiệm-e2e";
    private static final Duration PATIENCE = Duration.ofSeconds(150);
    /** The demo's live minute: its landslide burst and copied fabricated story are published in it. */
    private static final Duration LIVE_MINUTE = Duration.ofSeconds(60);
    /** Longer than a Streams commit (1 s) and the alert rules' re-check of their findings (10 s). */
    private static final Duration SETTLED = Duration.ofSeconds(15);
    /** Only for a pipeline that never settles: on a loaded machine the wait follows it for minutes. */
    private static final Duration NEVER_SETTLED = Duration.ofMinutes(10);
    /** Rules about something other than articles: a source's health. */
    private static final Set<String> ABOUT_NO_ARTICLE = Set.of("source-health");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void demoRaisesBothAlertsFindsArticlesAndSurvivesARestart() throws Exception {
        long indexedBefore;
        long started = System.nanoTime();
        try (TinRadarProcess process = start()) {
            JsonNode alerts = awaitBothAlertsOrASettledPipeline(process);
            for (JsonNode alert : alerts.get("alerts")) {
                assertThat(alert.get("signals").size()).as("why alert %s fired", alert.get("id")).isPositive();
                if (!ABOUT_NO_ARTICLE.contains(alert.path("rule").asText())) {
                    assertThat(alert.get("articles").size()).as("articles of alert %s", alert.get("id")).isPositive();
                }
            }

            Path report = waitForReportMail();
            long reportSeconds = (System.nanoTime() - started) / 1_000_000_000L;
            System.out.println("event=e2e-weekly-report seconds-after-start=" + reportSeconds + " file=" + report);
            assertThat(reportSeconds).as("weekly report mailed within two minutes of start").isLessThanOrEqualTo(120);
            DemoMails.assertWeeklyReport(report);
            JsonNode archived = get(process, "/api/reports");
            assertThat(archived.get("reports").size()).isPositive();
            String period = archived.get("reports").get(0).get("period").asText();
            assertThat(getBytes(process, "/reports/" + period + "/bao-cao.pdf")).startsWith("%PDF".getBytes());

            // every alert e-mail has a plain-text and an HTML part; the feed has an entry per alert
            DemoMails.assertEveryAlertMailHasTextAndHtml(dataDir.resolve("outbox"));
            JsonNode all = get(process, "/api/alerts");
            assertEverySignalHasAVietnameseName(process, all.get("alerts"));
            DemoMails.assertAtomHasAnEntryPerAlert(getText(process, "/alerts.atom"), all.get("alerts"));

            // staff give an alert to a colleague with a deadline (mailed at once), then pause its mails
            // a firing one: an alert already resolved (folded into its story's alert) is not mailed about again
            String id = java.util.stream.StreamSupport.stream(all.get("alerts").spliterator(), false)
                    .filter(a -> "firing".equals(a.path("status").asText())).findFirst().orElseThrow()
                    .get("id").asText();
            JsonNode assigned = post(process, "/api/alerts/" + id + "/assign?assignee=le.van.cuong&due=2099-01-01T17:00");
            assertThat(assigned.get("assignee").asText()).isEqualTo("le.van.cuong");
            waitFor(() -> countMails(name -> name.startsWith("delivery_" + id + "_assigned_")) == 1);
            JsonNode silence = post(process, "/api/alerts/" + id + "/silence?minutes=60&reason="
                    + URLEncoder.encode("Đang xác minh với UBND xã", StandardCharsets.UTF_8));
            assertThat(silence.get("alertId").asText()).isEqualTo(id);
            assertThat(silence.get("author").asText()).isEqualTo("admin");

            JsonNode hits = get(process, "/api/search?q=" + URLEncoder.encode("sat lo", StandardCharsets.UTF_8));
            assertThat(hits.get("total").asLong()).isPositive();
            assertThat(hits.get("hits").get(0).get("snippet").asText()).contains("<mark>");

            String metrics = getText(process, "/metrics");
            assertThat(metric(metrics, "tinradar_ingest_fetches_total")).isPositive();
            assertThat(metric(metrics, "tinradar_alerts_fired_total")).isPositive();

            seenInTheBrowser(process);
            analysisSeenInTheBrowser(process);
            accountAddedInTheBrowserSignsIn(process);

            waitFor(() -> countMails() > 0);
            indexedBefore = waitForStableIndex(process);
        }
        // after the close: whatever the outbox gains from here on, the restarted process wrote
        Map<String, Instant> mailsBefore = RestartMails.written(dataDir.resolve("outbox"));

        try (TinRadarProcess process = start()) {
            waitFor(process, "/health", body -> body.get("ready").asBoolean());
            long ready = System.nanoTime();
            awaitEveryFeedPolledAndAnalyzed(process);
            System.out.println("event=e2e-restart-settled seconds-after-ready="
                    + (System.nanoTime() - ready) / 1_000_000_000L);
            assertThat(indexed(process)).isEqualTo(indexedBefore);
            assertThat(RestartMails.repeats(mailsBefore, RestartMails.written(dataDir.resolve("outbox"))))
                    .as("mails the restart wrote again").isEmpty();
        }
    }

    /**
     * The alerts once both the topic-burst and the story-spread rule have fired. Both come from the demo's live minute
     * (the landslide burst, the copied fabricated story), so the wait follows the pipeline rather than the clock: it
     * fails only once the crawler has sent every article of that minute, analyze has accounted for each, every stream
     * thread has read all there is and all of it stood still for {@link #SETTLED}, however long a loaded machine
     * took to get there.
     */
    private JsonNode awaitBothAlertsOrASettledPipeline(TinRadarProcess process) throws Exception {
        long due = DemoCorpus.bundled().articles().stream()
                .filter(a -> a.offsetSeconds() <= LIVE_MINUTE.toSeconds()).count();
        long deadline = System.nanoTime() + NEVER_SETTLED.toNanos();
        String seen = "no answer yet";
        String still = null;
        long stillSince = 0;
        while (System.nanoTime() < deadline) {
            try {
                JsonNode alerts = get(process, "/api/alerts");
                if (hasRule(alerts, "topic-burst") && hasRule(alerts, "story-spread")) {
                    return alerts;
                }
                String scrape = getText(process, "/metrics");
                double emitted = metric(scrape, "tinradar_ingest_items_emitted_total");
                double in = articles(scrape, "in");
                double through = articles(scrape, "duplicate") + articles(scrape, "rejected") + articles(scrape, "indexed");
                Map<String, Double> lag = StreamLag.of(scrape);
                seen = "articles sent " + (long) emitted + " of the " + due + " published by the end of the live minute, "
                        + "analyze in " + (long) in + " and through " + (long) through + ", stream threads' lag "
                        + StreamLag.summary(lag) + ", alerts " + rules(alerts);
                boolean settled = emitted >= due && in >= emitted && through >= in && StreamLag.allReadUp(lag);
                if (!settled || !seen.equals(still)) {
                    still = settled ? seen : null;
                    stillSince = System.nanoTime();
                } else if (System.nanoTime() - stillSince >= SETTLED.toNanos()) {
                    break;
                }
            } catch (IOException | IllegalStateException e) {
                seen = "not answering: " + e.getMessage();
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no topic-burst and story-spread alerts once the pipeline had settled (or "
                + NEVER_SETTLED + " passed): " + seen);
    }

    private static java.util.Set<String> rules(JsonNode alerts) {
        java.util.Set<String> rules = new java.util.TreeSet<>();
        alerts.path("alerts").forEach(a -> rules.add(a.path("rule").asText()));
        return rules;
    }

    /**
     * Until the restarted crawler has polled every demo feed once, each poll done with the items it found written
     * ({@code /health}), and analyze has accounted for every article it wrote (each counted in, then as a duplicate,
     * a rejection or indexed): by then an article the restart would repeat is in the index count, and an alert it
     * would repeat has been offered to the outbox.
     */
    private void awaitEveryFeedPolledAndAnalyzed(TinRadarProcess process) throws Exception {
        waitFor(() -> {
            JsonNode ingest = get(process, "/health").path("components").path("ingest");
            String scrape = getText(process, "/metrics");
            double emitted = metric(scrape, "tinradar_ingest_items_emitted_total");
            double in = articles(scrape, "in");
            double through = articles(scrape, "duplicate") + articles(scrape, "rejected") + articles(scrape, "indexed");
            int feeds = ingest.path("feeds").asInt();
            return feeds > 0 && ingest.path("feedsPolled").asInt() == feeds && in >= emitted && through >= in;
        });
    }

    private static double articles(String scrape, String stage) {
        return metric(scrape, "tinradar_analyze_articles_total{", l -> stage.equals(label(l, "stage")));
    }

    private static String label(String line, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[{,]" + name + "=\"([^\"]*)\"").matcher(line);
        return m.find() ? m.group(1) : "";
    }

    /** An admin adds a staff account on the accounts page; the change is logged and the new account signs in. */
    private void accountAddedInTheBrowserSignsIn(TinRadarProcess process) throws IOException {
        try (DashboardBrowser browser = new DashboardBrowser(process.port(), Files.createTempDirectory("chromium"))) {
            browser.signIn("admin", PASSWORD);
            List<String> page = browser.addUser("pham.thu.ha", "staff", "mua xuân trên bản Sín Chải");
            assertThat(page.get(0)).contains("pham.thu.ha");
            assertThat(page.get(1)).contains("admin", "pham.thu.ha");
        }
        try (DashboardBrowser browser = new DashboardBrowser(process.port(), Files.createTempDirectory("chromium"))) {
            browser.signIn("pham.thu.ha", "mua xuân trên bản Sín Chải");
        }
    }

    /** What staff see: both alerts in the live list, each saying why and linking its articles; search marks hits. */
    private void seenInTheBrowser(TinRadarProcess process) throws IOException {
        assertThat(DashboardBrowser.available()).as("Debian's chromium and chromium-driver are installed").isTrue();
        try (DashboardBrowser browser = new DashboardBrowser(process.port(), Files.createTempDirectory("chromium"))) {
            browser.signIn("admin", PASSWORD);
            browser.alertCards(2);
            for (int i = 0; i < 2; i++) {
                DashboardBrowser.Details detail = browser.openDetails(i);
                assertThat(detail.text()).contains("Vì sao cảnh báo", "Đề xuất xử lý");
                assertThat(detail.articleLinks()).isPositive();
            }
            List<WebElement> marks = browser.search("sat lo");
            assertThat(marks).extracting(WebElement::getText)
                    .anySatisfy(word -> assertThat(VietnameseText.fold(word).toLowerCase()).isIn("sat", "lo", "sat lo"));
        }
    }

    /**
     * What staff see of the analysis: an article's places (with the old name it used), topics, tone and suspicion
     * with their evidence, from the real scorers; a saved search; the CSV export; a reviewed claim entered.
     */
    private void analysisSeenInTheBrowser(TinRadarProcess process) throws IOException {
        assertThat(DashboardBrowser.available()).as("Debian's chromium and chromium-driver are installed").isTrue();
        try (DashboardBrowser browser = new DashboardBrowser(process.port(), Files.createTempDirectory("chromium"))) {
            browser.signIn("admin", PASSWORD);
            // an unlicensed site's retelling of a flash flood: places, topics, tone and suspicion with evidence
            String panel = browser.openFirstHit("\"Lũ dữ ập về trong đêm\" tier:unlicensed-site").toLowerCase();
            assertThat(panel).contains("địa bàn được nhắc đến", "bài viết", "chủ đề", "sắc thái",
                    "tiêu cực", "mức nghi vấn sai sự thật", "loại nguồn kém tin cậy", "trọng số", "căn cứ")
                    .doesNotContain("null");
            browser.screenshot(Path.of("target", "screenshots", "article-view.png"));
            browser.closeArticle();
            assertThat(browser.saveSearch("Sạt lở (e2e)")).contains("Sạt lở (e2e)");
            assertThat(browser.exportCsvHref()).contains("/api/search/export?format=csv");
            browser.screenshot(Path.of("target", "screenshots", "search-saved.png"));
            String claims = browser.addClaim("Đập thủy điện ở Bát Xát sắp vỡ trong đêm nay", "fake",
                    "Sở Công Thương tỉnh Lào Cai", "19/11/2026", "https://laocai.gov.vn/dap-bat-xat-an-toan");
            assertThat(claims).contains("Tin giả", "Sở Công Thương tỉnh Lào Cai", "Đang áp dụng");
            browser.screenshot(Path.of("target", "screenshots", "claims.png"));
        }
    }

    /**
     * Staff read signals by their Vietnamese names: every signal of every alert, and of the first article of each,
     * must have one in the dashboard's labels (a signal added without a name would show as its English id).
     */
    private void assertEverySignalHasAVietnameseName(TinRadarProcess process, JsonNode alerts) throws Exception {
        String labels = getText(process, "/js/labels.js");
        String table = labels.substring(labels.indexOf("export const SIGNAL"), labels.indexOf("};",
                labels.indexOf("export const SIGNAL")));
        Set<String> named = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([a-z:-]+)':").matcher(table);
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> seen = new java.util.TreeSet<>();
        for (JsonNode alert : alerts) {
            alert.path("signals").forEach(s -> seen.add(s.path("name").asText().replaceFirst("^suspicion:", "")));
            JsonNode first = alert.path("articles").path(0).path("id");
            if (!first.isMissingNode()) {
                JsonNode article = get(process, "/api/articles/" + first.asText());
                article.path("suspicion").path("signals").forEach(s -> seen.add(s.path("name").asText()));
            }
        }
        assertThat(seen).isNotEmpty();
        assertThat(named).as("signal names with a Vietnamese label in labels.js").containsAll(seen);
    }

    private TinRadarProcess start() throws IOException {
        // free ports for the demo's sites, kept in the data dir: the restart takes them again, and another test's
        // demo may run beside this one
        Path config = dataDir.resolve("tinradar.yaml");
        Files.writeString(config, "demo:\n  first-port: 0\n", StandardCharsets.UTF_8);
        Settings settings = Settings.load(config);
        return new TinRadarProcess(settings, new TinRadarProcess.Options(dataDir, 0, null, null, true,
                EnumSet.allOf(TinRadarProcess.Role.class), PASSWORD)).start();
    }

    /** The index size once the crawler has drained the demo feeds: unchanged for 20 s in a row. */
    private long waitForStableIndex(TinRadarProcess process) throws Exception {
        long last = -1;
        int unchanged = 0;
        for (int i = 0; i < 60 && unchanged < 10; i++) {
            long now = indexed(process);
            unchanged = now == last && now > 0 ? unchanged + 1 : 0;
            last = now;
            Thread.sleep(2_000);
        }
        return last;
    }

    private long indexed(TinRadarProcess process) throws Exception {
        return get(process, "/health").path("components").path("index").path("documents").asLong();
    }

    private long countMails() throws IOException {
        return countMails(name -> true);
    }

    private long countMails(Predicate<String> name) throws IOException {
        Path outbox = dataDir.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.toString().endsWith(".eml") && name.test(f.getFileName().toString())).count();
        }
    }

    private JsonNode post(TinRadarProcess process, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    /** The weekly report's .eml in the outbox, once it is there. */
    private Path waitForReportMail() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Path outbox = dataDir.resolve("outbox");
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> files = Files.list(outbox)) {
                    var found = files.filter(f -> f.getFileName().toString().startsWith("report-")
                            && f.toString().endsWith(".eml")).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no weekly report in the outbox within " + PATIENCE);
    }

    private static boolean hasRule(JsonNode body, String rule) {
        for (JsonNode alert : body.path("alerts")) {
            if (rule.equals(alert.path("rule").asText())) {
                return true;
            }
        }
        return false;
    }

    private static double metric(String scrape, String name) {
        return metric(scrape, name, l -> true);
    }

    private static double metric(String scrape, String name, Predicate<String> series) {
        return scrape.lines().filter(l -> l.startsWith(name) && series.test(l)).mapToDouble(DemoEndToEndIT::value)
                .sum();
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private JsonNode waitFor(TinRadarProcess process, String path, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(process, path);
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException | IllegalStateException e) {
                // not up yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("gave up waiting on " + path + "; last answer: " + last);
    }

    private static void waitFor(CheckedCondition condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in " + PATIENCE);
            }
            Thread.sleep(1_000);
        }
    }

    private interface CheckedCondition {
        boolean holds() throws Exception;
    }

    private JsonNode get(TinRadarProcess process, String path) throws IOException, InterruptedException {
        return Json.mapper().readTree(getText(process, path));
    }

    private byte[] getBytes(TinRadarProcess process, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String getText(TinRadarProcess process, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500 && !path.equals("/health")) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }
}
