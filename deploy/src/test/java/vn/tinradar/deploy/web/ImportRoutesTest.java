package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.crawl.ArticleSink;
import vn.tinradar.ingest.crawl.CrawlStateStore;

/** Staff upload an export file in the "Nguồn tin" tab and read back what was imported and what was refused. */
class ImportRoutesTest {

    private final List<Article> stored = new CopyOnWriteArrayList<>();
    private WebFixture web;
    private IngestService ingest;

    @BeforeEach
    void start() {
        ArticleSink sink = new ArticleSink() {
            @Override
            public void emit(Article article) {
                stored.add(article);
            }

            @Override
            public void reject(Rejected rejected) {
            }

            @Override
            public void status(SourceStatus status) {
            }

            @Override
            public void close() {
            }
        };
        CrawlStateStore state = new CrawlStateStore() {
            @Override
            public Map<String, String> readAll() {
                return Map.of();
            }

            @Override
            public void write(String key, String json) {
            }

            @Override
            public void delete(String key) {
            }

            @Override
            public void close() {
            }
        };
        ingest = new IngestService(IngestConfig.defaults(), SourceRegistry.parse("sources.yaml", "sources: []"), sink,
                state, new SimpleMeterRegistry(), Clock.systemUTC());
        web = new WebFixture("", new Backends(ingest, null, null));
    }

    @AfterEach
    void stop() {
        web.close();
        ingest.close();
    }

    private HttpResponse<String> upload(String user, String name, String content) throws Exception {
        WebFixture.Session session = web.signIn(user);
        return web.send(web.asDashboard(session, "POST", "/api/imports?name=" + name)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
    }

    @Test
    void uploadedCsvIsImportedAndItsRefusedLinesAreListed() throws Exception {
        HttpResponse<String> response = upload(WebFixture.STAFF, "tuan-48.csv", """
                url,text,published,shares
                https://www.facebook.com/baolaocai/posts/11,Thông xe quốc lộ 4D sau sạt lở,2026-11-30 15:00,12
                https://www.facebook.com/baolaocai/posts/12,Dòng này ghi sai thời gian,chiều nay,3
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Json.mapper().readTree(response.body());
        assertThat(report.get("sent").asInt()).isEqualTo(1);
        assertThat(report.at("/refused/0/line").asInt()).isEqualTo(3);
        assertThat(report.at("/refused/0/reason").asText()).isEqualTo("bad-date");
        assertThat(stored).singleElement().extracting(a -> a.post().platform()).isEqualTo("facebook");
    }

    @Test
    void viewerCannotImport() throws Exception {
        HttpResponse<String> response = upload(WebFixture.VIEWER, "a.jsonl", "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(stored).isEmpty();
    }

    @Test
    void nameWithAPathIsRefused() throws Exception {
        HttpResponse<String> response = upload(WebFixture.STAFF, "..%2Fetc%2Fa.csv", "url\n");

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
