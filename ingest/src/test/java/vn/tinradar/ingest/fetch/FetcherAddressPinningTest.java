package vn.tinradar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.TestConfigs;

/**
 * Issue 13: the guard resolved a host, then the HTTP client resolved it again, so a DNS answer that changed in
 * between (rebinding) reached internal addresses; and a source allowed on private addresses could reach any.
 */
class FetcherAddressPinningTest {

    private static final String PAGE = "<html><body><h1>Tỉnh Lào Cai đón 1 triệu lượt khách</h1></body></html>";
    private final LocalSite site = new LocalSite();
    private final List<String> lookups = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        site.close();
    }

    /** A DNS that answers {@code first} once, then {@code later}: the rebinding attacker's server. */
    private Fetcher fetcherWithDns(String first, String later) {
        AddressGuard.HostResolver dns = host -> {
            lookups.add(host);
            return new InetAddress[] {InetAddress.getByName(lookups.size() == 1 ? first : later)};
        };
        return new Fetcher(TestConfigs.with("per-host-min-interval-ms: 0\nconnect-timeout-ms: 300\nread-timeout-ms: 1000"),
                new IngestMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), dns);
    }

    private String urlOn(String host, String path) {
        return site.url(path).replace("127.0.0.1", host);
    }

    @Test
    void connectsToTheAddressTheGuardCheckedNotToASecondDnsAnswer() {
        site.serve("/noi-bo.html", "text/html", PAGE);

        // 192.0.2.1 stands for a public address that passed the check (TEST-NET: never routed, so the connect
        // fails here); the second answer points at the local server
        Fetcher fetcher = new Fetcher(TestConfigs.with("per-host-min-interval-ms: 0\nconnect-timeout-ms: 300"),
                new IngestMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), host -> {
                    lookups.add(host);
                    return new InetAddress[] {InetAddress.getByName(lookups.size() == 1 ? "192.0.2.1" : "127.0.0.1")};
                });
        FetchResult result = fetcher.fetch(new FetchRequest(urlOn("tin-lao-cai.example", "/noi-bo.html"), "x",
                1_000_000, null, null, Set.of("tin-lao-cai.example")));

        assertThat(result.ok()).isFalse();
        assertThat(site.count("/noi-bo.html")).as("the internal server never saw a request").isZero();
        assertThat(lookups).as("one lookup per hop, robots.txt included").hasSize(1);
    }

    @Test
    void fetchesFromThePinnedAddressWhenTheNameLaterResolvesElsewhere() {
        site.serve("/bai.html", "text/html", PAGE);

        FetchResult result = fetcherWithDns("127.0.0.1", "192.0.2.1").fetch(new FetchRequest(
                urlOn("tin-lao-cai.example", "/bai.html"), "x", 1_000_000, null, null, Set.of("tin-lao-cai.example")));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(site.requests()).contains("GET /robots.txt", "GET /bai.html");
    }

    @Test
    void refusesARedirectFromAnAllowedPrivateHostToAnotherPrivateHost() {
        site.route("/chuyen.html", ex -> {
            ex.getResponseHeaders().set("Location", urlOn("localhost", "/quan-tri.html"));
            LocalSite.send(ex, 302, null, new byte[0]);
        });
        site.serve("/quan-tri.html", "text/html", PAGE);

        FetchResult result = new Fetcher(TestConfigs.fast(), new IngestMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC()).fetch(new FetchRequest(site.url("/chuyen.html"), "x", 1_000_000, null, null, true));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(site.count("/quan-tri.html")).isZero();
    }

    @Test
    void refusesARedirectToA198Dot18BenchmarkingAddress() throws IOException {
        site.route("/chuyen.html", ex -> {
            ex.getResponseHeaders().set("Location", "http://198.18.0.1/");
            LocalSite.send(ex, 301, null, new byte[0]);
        });

        FetchResult result = new Fetcher(TestConfigs.fast(), new IngestMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC()).fetch(new FetchRequest(site.url("/chuyen.html"), "x", 1_000_000, null, null, true));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(result.detail()).contains("198.18.0.1");
    }
}
