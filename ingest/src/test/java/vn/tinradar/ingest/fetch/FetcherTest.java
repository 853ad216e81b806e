package vn.tinradar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.TestConfigs;

class FetcherTest {

    private static final String PAGE = "<html><body><h1>Lào Cai khai trương tuyến xe buýt mới</h1></body></html>";
    private final LocalSite site = new LocalSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private static Fetcher fetcher(IngestConfig config) {
        return new Fetcher(config, new IngestMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
    }

    private static FetchRequest request(String url) {
        return new FetchRequest(url, "baolaocai", 1_000_000, null, null, true);
    }

    @Test
    void sendsValidatorsAndReportsNotModified() {
        site.route("/rss/home.rss", ex -> {
            if ("\"v42\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalSite.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v42\"");
                ex.getResponseHeaders().set("Last-Modified", "Sun, 22 Nov 2026 01:00:00 GMT");
                LocalSite.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        Fetcher fetcher = fetcher(TestConfigs.fast());

        FetchResult first = fetcher.fetch(request(site.url("/rss/home.rss")));
        FetchResult second = fetcher.fetch(request(site.url("/rss/home.rss")).withValidators(first.etag(), first.lastModified()));

        assertThat(first.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(first.etag()).isEqualTo("\"v42\"");
        assertThat(second.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    }

    @Test
    void inflatesGzipBodies() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        site.route("/bai-viet.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalSite.send(ex, 200, "text/html; charset=utf-8", zipped.toByteArray());
        });

        FetchResult result = fetcher(TestConfigs.fast()).fetch(request(site.url("/bai-viet.html")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void stopsReadingBodyPastTheSizeCap() {
        byte[] huge = new byte[300_000];
        java.util.Arrays.fill(huge, (byte) 'a');
        // chunked (no Content-Length) so the cap must be enforced while streaming
        site.route("/trang-lon.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < huge.length; i += 8192) {
                    out.write(huge, i, Math.min(8192, huge.length - i));
                }
            } catch (IOException clientGaveUp) {
                // expected: the fetcher cancels once past the cap
            }
        });

        FetchResult result = fetcher(TestConfigs.fast())
                .fetch(new FetchRequest(site.url("/trang-lon.html"), "baolaocai", 100_000, null, null, true));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.body()).isEmpty();
    }

    @Test
    void waitsForRetryAfterOn429ThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/rss/thoi-su.rss", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalSite.send(ex, 429, "text/plain", "chậm lại".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalSite.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        long start = System.nanoTime();

        FetchResult result = fetcher(TestConfigs.fast()).fetch(request(site.url("/rss/thoi-su.rss")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(calls.get()).isEqualTo(2);
        assertThat((System.nanoTime() - start) / 1_000_000).as("waited for Retry-After").isGreaterThanOrEqualTo(950);
    }

    @Test
    void giveUpAsThrottledWhenRetryAfterIsTooLong() {
        site.route("/rss/thoi-su.rss", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalSite.send(ex, 429, "text/plain", new byte[0]);
        });

        FetchResult result = fetcher(TestConfigs.fast()).fetch(request(site.url("/rss/thoi-su.rss")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.THROTTLED);
        assertThat(site.count("/rss/thoi-su.rss")).isEqualTo(1);
    }

    @Test
    void followsRedirectsUpToTheLimit() {
        site.route("/a", ex -> redirect(ex, "/b"));
        site.route("/b", ex -> redirect(ex, "/c"));
        site.route("/c", ex -> redirect(ex, "/tin-tuc.html"));
        site.serve("/tin-tuc.html", "text/html", PAGE);

        FetchResult withinLimit = fetcher(TestConfigs.fast()).fetch(request(site.url("/a")));
        FetchResult overLimit = fetcher(TestConfigs.with("per-host-min-interval-ms: 0\nmax-redirects: 2"))
                .fetch(request(site.url("/a")));

        assertThat(withinLimit.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(withinLimit.finalUrl()).isEqualTo(site.url("/tin-tuc.html"));
        assertThat(overLimit.outcome()).isEqualTo(FetchOutcome.REDIRECT);
        assertThat(overLimit.detail()).contains("more than 2 redirects");
    }

    @Test
    void detectsRedirectLoops() {
        site.route("/vong-1", ex -> redirect(ex, "/vong-2"));
        site.route("/vong-2", ex -> redirect(ex, "/vong-1"));

        FetchResult result = fetcher(TestConfigs.fast()).fetch(request(site.url("/vong-1")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT);
        assertThat(result.detail()).contains("loop");
    }

    @Test
    void refusesLoopbackAddressUnlessTheSourceAllowsIt() {
        site.serve("/noi-bo.html", "text/html", PAGE);

        FetchResult refused = fetcher(TestConfigs.fast())
                .fetch(new FetchRequest(site.url("/noi-bo.html"), "baolaocai", 1_000_000, null, null, false));

        assertThat(refused.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(refused.detail()).contains("127.0.0.1");
        assertThat(site.count("/noi-bo.html")).as("no request was sent").isZero();
    }

    @Test
    void honoursRobotsTxtDisallow() {
        site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /quan-tri/\n");
        site.serve("/quan-tri/bai.html", "text/html", PAGE);

        FetchResult result = fetcher(TestConfigs.fast()).fetch(request(site.url("/quan-tri/bai.html")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_BY_ROBOTS);
        assertThat(site.count("/quan-tri/")).isZero();
    }

    @Test
    void robotsCrawlDelaySpacesRequestsToTheHost() {
        site.serve("/robots.txt", "text/plain", "User-agent: tinradar\nCrawl-delay: 1\nAllow: /\n");
        site.serve("/bai-1.html", "text/html", PAGE);
        site.serve("/bai-2.html", "text/html", PAGE);
        Fetcher fetcher = fetcher(TestConfigs.fast());
        long start = System.nanoTime();

        fetcher.fetch(request(site.url("/bai-1.html")));
        fetcher.fetch(request(site.url("/bai-2.html")));

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(950);
        assertThat(site.count("/robots.txt")).as("robots.txt is cached").isEqualTo(1);
    }

    @Test
    void refusesImagesAsArticles() {
        site.serve("/anh.jpg", "image/jpeg", new byte[] {1, 2, 3});

        assertThat(fetcher(TestConfigs.fast()).fetch(request(site.url("/anh.jpg"))).outcome())
                .isEqualTo(FetchOutcome.UNSUPPORTED_TYPE);
    }

    @Test
    void reportsSlowServerAsTimeout() {
        site.route("/cham.html", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalSite.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });

        FetchResult result = fetcher(TestConfigs.with("per-host-min-interval-ms: 0\nread-timeout-ms: 500\nconnect-timeout-ms: 500"))
                .fetch(request(site.url("/cham.html")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        LocalSite.send(ex, 302, null, new byte[0]);
    }
}
