package vn.tinradar.ingest.examples;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.TestConfigs;
import vn.tinradar.ingest.crawl.ArticleSink;
import vn.tinradar.ingest.crawl.CrawlStateStore;
import vn.tinradar.ingest.extract.ExtractionPages;

/**
 * Replays the saved article pages through the whole crawler offline: a local site serves them with an RSS
 * feed listing them, the service polls it once, and each article is printed as the JSON that would go to
 * {@code articles.raw}. Run {@code main} from the IDE to see what ingest makes of a layout.
 */
public final class CrawlSavedPages {

    private CrawlSavedPages() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (LocalSite site = new LocalSite()) {
            StringBuilder items = new StringBuilder();
            for (String page : ExtractionPages.NAMES) {
                site.serveResource("/" + page + ".html", "text/html; charset=utf-8", "pages/" + page + ".html");
                items.append("<item><link>").append(site.url("/" + page + ".html")).append("</link></item>");
            }
            site.serve("/rss.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Trang lưu</title>"
                    + items + "</channel></rss>");
            SourceRegistry registry = SourceRegistry.parse("example.yaml", """
                    sources:
                      - id: trang-luu
                        name: Trang đã lưu
                        tier: provincial-press
                        allow-private-network: true
                        feeds:
                          - {url: "%s", kind: rss}
                    """.formatted(site.url("/rss.xml")));
            ArticleSink printer = new ArticleSink() {
                @Override
                public void emit(Article article) {
                    try {
                        out.println(Json.mapper().writeValueAsString(article));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void reject(Rejected rejected) {
                    out.println("rejected: " + rejected);
                }

                @Override
                public void status(vn.tinradar.common.event.SourceStatus status) {
                    out.println("source " + status.sourceId() + ": " + status.state());
                }

                @Override
                public void close() {
                }
            };
            Map<String, String> state = new ConcurrentHashMap<>();
            CrawlStateStore memory = new CrawlStateStore() {
                @Override
                public Map<String, String> readAll() {
                    return Map.copyOf(state);
                }

                @Override
                public void write(String key, String json) {
                    state.put(key, json);
                }

                @Override
                public void delete(String key) {
                    state.remove(key);
                }

                @Override
                public void close() {
                }
            };
            try (IngestService service = new IngestService(TestConfigs.fast(), registry, printer, memory,
                    new SimpleMeterRegistry(), Clock.systemUTC())) {
                service.start();
                Thread.sleep(5_000);
            }
        }
    }
}
