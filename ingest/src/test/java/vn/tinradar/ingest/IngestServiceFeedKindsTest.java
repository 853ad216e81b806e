package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;

/** The polling path for sitemaps, section pages and feeds that answer conditional GETs. */
class IngestServiceFeedKindsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    private final LocalSite site = new LocalSite();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MemorySink sink = new MemorySink();

    @AfterEach
    void stop() {
        site.close();
    }

    private IngestService service(String feedPath, String kind) {
        SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: cong-tt-laocai
                    name: Cổng thông tin điện tử tỉnh Lào Cai
                    tier: government-portal
                    allow-private-network: true
                    poll: {min-interval-seconds: 1, max-interval-seconds: 1}
                    feeds:
                      - {url: "%s", kind: %s}
                """.formatted(site.url(feedPath), kind));
        return new IngestService(TestConfigs.fast(), registry, sink, new MemoryStateStore(), meters, CLOCK);
    }

    @Test
    void followsSitemapIndexToNewsSitemapAndItsPages() throws Exception {
        site.serve("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(site.url("/sitemaps/tin-tuc-2026-11.xml")));
        site.serve("/sitemaps/tin-tuc-2026-11.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%s</loc><lastmod>2026-11-21T10:00:00+07:00</lastmod></url>
                </urlset>""".formatted(site.url("/tin-tuc/ky-hop-hdnd.html")));
        site.serve("/tin-tuc/ky-hop-hdnd.html", "text/html",
                IngestServiceTest.page("Kỳ họp thứ 12 HĐND tỉnh Lào Cai khóa XVI khai mạc", "21/11/2026 08:00"));

        try (IngestService service = service("/sitemap.xml", "sitemap")) {
            service.start();
            Await.until(() -> sink.articles.size() == 1);
        }

        Article article = sink.articles.get(0);
        assertThat(article.title()).isEqualTo("Kỳ họp thứ 12 HĐND tỉnh Lào Cai khóa XVI khai mạc");
        assertThat(article.published()).hasToString("2026-11-21T10:00+07:00");
        assertThat(article.sourceName()).isEqualTo("Cổng thông tin điện tử tỉnh Lào Cai");
    }

    @Test
    void readsArticleLinksFromASectionPage() throws Exception {
        site.serve("/tin-tuc", "text/html", """
                <html><body><nav><a href="/">Trang chủ</a></nav>
                <h3><a href="/tin-tuc/tiep-xuc-cu-tri-xa-bac-ha-1201.html">Đại biểu HĐND tỉnh tiếp xúc cử tri xã Bắc Hà</a></h3>
                </body></html>""");
        site.serve("/tin-tuc/tiep-xuc-cu-tri-xa-bac-ha-1201.html", "text/html",
                IngestServiceTest.page("Đại biểu HĐND tỉnh tiếp xúc cử tri xã Bắc Hà", "20/11/2026 15:30"));

        try (IngestService service = service("/tin-tuc", "list")) {
            service.start();
            Await.until(() -> sink.articles.size() == 1);
        }

        assertThat(sink.articles.get(0).dateSource()).isEqualTo("text");
        assertThat(sink.articles.get(0).published()).hasToString("2026-11-20T15:30+07:00");
    }

    @Test
    void oversizedFeedIsADeadLetterAndABackoffNotACrash() throws Exception {
        byte[] huge = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        site.serve("/rss.xml", "application/rss+xml", huge);

        try (IngestService service = service("/rss.xml", "rss")) {
            service.start();
            Await.until(() -> !sink.rejected.isEmpty());
            Await.until(() -> service.sourceHealth().get(0).errors() >= 1);
            assertThat(service.sourceHealth().get(0).lastError()).startsWith("too-large");
        }

        assertThat(sink.rejected.get(0).reason()).isEqualTo("too-large");
        assertThat(sink.rejected.get(0).url()).endsWith("/rss.xml");
    }

    @Test
    void sendsValidatorsOnLaterPollsAndSkipsUnchangedFeeds() throws Exception {
        String feed = "<rss version=\"2.0\"><channel><title>Cổng TTĐT</title></channel></rss>";
        site.route("/rss.xml", ex -> {
            if ("\"bang-tin-7\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalSite.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"bang-tin-7\"");
                LocalSite.send(ex, 200, "application/rss+xml", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });

        try (IngestService service = service("/rss.xml", "rss")) {
            service.start();
            Await.until(() -> meters.counter("tinradar.ingest.validator.hits", "kind", "http").count() >= 1);
        }

        assertThat(meters.counter("tinradar.ingest.fetches", "source", "cong-tt-laocai", "outcome", "not-modified")
                .count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.counter("tinradar.ingest.feed.polls", "source", "cong-tt-laocai", "result", "changed")
                .count()).isEqualTo(1);
        assertThat(meters.get("tinradar.ingest.validator.hit.ratio").gauge().value()).isBetween(0.4, 1.0);
    }

    @Test
    void sameBodyFromAServerWithoutValidatorsIsCaughtByItsHash() throws Exception {
        site.serve("/rss.xml", "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Cổng TTĐT</title></channel></rss>");

        try (IngestService service = service("/rss.xml", "rss")) {
            service.start();
            Await.until(() -> meters.counter("tinradar.ingest.feed.polls", "source", "cong-tt-laocai", "result",
                    "unchanged").count() >= 1);
        }

        assertThat(meters.counter("tinradar.ingest.validator.hits", "kind", "hash").count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.counter("tinradar.ingest.validator.hits", "kind", "http").count()).isZero();
    }
}
