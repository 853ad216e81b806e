package vn.tinradar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.TestConfigs;

/** Retries on server errors and what servers do with Content-Encoding, against a local site. */
class FetcherRetryAndEncodingTest {

    private static final String PAGE = "<html><body><h1>Lào Cai mở thêm tuyến xe buýt Sa Pa – Bắc Hà</h1></body></html>";
    private final LocalSite site = new LocalSite();
    private final Fetcher fetcher = new Fetcher(TestConfigs.fast(), new IngestMetrics(new SimpleMeterRegistry()),
            Clock.systemUTC());

    @AfterEach
    void stop() {
        site.close();
    }

    private FetchResult fetch(String path, long maxBytes) {
        return fetcher.fetch(new FetchRequest(site.url(path), "baolaocai", maxBytes, null, null, true));
    }

    private static byte[] deflated(byte[] data, boolean zlibWrapped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlibWrapped))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    private void serveEncoded(String path, String encoding, byte[] body) {
        site.route(path, ex -> {
            ex.getResponseHeaders().set("Content-Encoding", encoding);
            LocalSite.send(ex, 200, "text/html; charset=utf-8", body);
        });
    }

    @Test
    void retriesAServerErrorWithBackoffThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/rss/thoi-su.rss", ex -> {
            if (calls.incrementAndGet() < 3) {
                LocalSite.send(ex, 503, "text/plain", "bảo trì".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalSite.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });

        FetchResult result = fetch("/rss/thoi-su.rss", 1_000_000);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(calls.get()).as("max-retries is 2: three attempts in all").isEqualTo(3);
    }

    @Test
    void givesUpAfterTheRetriesAllowedAsHttpError() {
        site.route("/rss/thoi-su.rss", ex -> LocalSite.send(ex, 500, "text/plain", new byte[0]));

        FetchResult result = fetch("/rss/thoi-su.rss", 1_000_000);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.HTTP_ERROR);
        assertThat(result.detail()).isEqualTo("HTTP 500");
        assertThat(site.count("/rss/thoi-su.rss")).isEqualTo(3);
    }

    @Test
    void honoursRetryAfterGivenAsAnHttpDate() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/rss/thoi-su.rss", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2)));
                LocalSite.send(ex, 503, "text/plain", new byte[0]);
            } else {
                LocalSite.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        long start = System.nanoTime();

        FetchResult result = fetch("/rss/thoi-su.rss", 1_000_000);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        // the date has whole seconds: "in 2 s" is at least 1 s from now
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
    }

    @Test
    void inflatesZlibWrappedDeflate() throws IOException {
        serveEncoded("/bai.html", "deflate", deflated(PAGE.getBytes(StandardCharsets.UTF_8), true));

        FetchResult result = fetch("/bai.html", 1_000_000);

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void inflatesRawDeflateThatSomeServersSendInstead() throws IOException {
        serveEncoded("/bai.html", "deflate", deflated(PAGE.getBytes(StandardCharsets.UTF_8), false));

        FetchResult result = fetch("/bai.html", 1_000_000);

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void smallGzipThatInflatesPastTheCapIsTooLarge() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(new byte[5_000_000]); // five megabytes of zeros: a few kilobytes on the wire
        }
        serveEncoded("/bom.html", "gzip", zipped.toByteArray());

        FetchResult result = fetch("/bom.html", 1_000_000);

        assertThat(zipped.size()).isLessThan(100_000);
        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.detail()).startsWith("decompressed");
    }

    @Test
    void unknownContentEncodingIsAnErrorNamingIt() {
        serveEncoded("/bai.html", "br", new byte[] {1, 2, 3});

        FetchResult result = fetch("/bai.html", 1_000_000);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.detail()).contains("unsupported Content-Encoding br");
    }
}
