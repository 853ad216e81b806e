package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.health.SourceHealth;

/** Source health as the running service reports it: the sink (ingest.health), /api/sources rows, the gauge. */
class IngestServiceHealthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    private final LocalSite site = new LocalSite();
    private final MemoryStateStore store = new MemoryStateStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MemorySink sink = new MemorySink();

    @AfterEach
    void stop() {
        site.close();
    }

    private IngestService service(MemorySink into, String extraSettings) {
        SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: baolaocai
                    name: Báo Lào Cai
                    tier: provincial-press
                    province-only: true
                    allow-private-network: true
                    poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                    feeds:
                      - {url: "%s", kind: rss}
                """.formatted(site.url("/rss/home.rss")));
        IngestConfig config = TestConfigs.with("""
                per-host-min-interval-ms: 0
                retry-backoff-ms: 20
                max-retries: 0
                read-timeout-ms: 3000
                failure-backoff-max-seconds: 1
                """ + extraSettings);
        return new IngestService(config, registry, into, store, meters, CLOCK);
    }

    private void serveOneArticle() {
        site.serve("/rss/home.rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Báo Lào Cai</title>"
                + "<item><title>Sa Pa đón 50.000 lượt khách dịp cuối tuần</title><link>" + site.url("/bai/1.html")
                + "</link><pubDate>Sun, 22 Nov 2026 08:15:00 +0700</pubDate></item></channel></rss>");
        site.serve("/bai/1.html", "text/html", IngestServiceTest.page("Sa Pa đón 50.000 lượt khách dịp cuối tuần",
                "22/11/2026 08:15"));
    }

    private double gauge(String state) {
        return meters.get("tinradar.ingest.source.state").tags("source", "baolaocai", "state", state).gauge().value();
    }

    @Test
    void firstPollPublishesTheSourceAsOkAndTheGaugeAgrees() throws Exception {
        serveOneArticle();

        try (IngestService service = service(sink, "")) {
            service.start();
            Await.until(() -> !sink.statuses.isEmpty());
            assertThat(service.sourceHealth()).extracting(SourceHealth::state).containsExactly(SourceStatus.OK);
            assertThat(gauge("ok")).isEqualTo(1);
            assertThat(gauge("failing")).isZero();
        }

        SourceStatus status = sink.statuses.get(0);
        assertThat(status.sourceId()).isEqualTo("baolaocai");
        assertThat(status.sourceName()).isEqualTo("Báo Lào Cai");
        assertThat(status.state()).isEqualTo(SourceStatus.OK);
        assertThat(status.observedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void feedThatKeepsFailingIsPublishedAsFailingWithTheError() throws Exception {
        site.route("/rss/home.rss", ex -> LocalSite.send(ex, 503, "text/plain", new byte[0]));

        try (IngestService service = service(sink, "backoff-after-failures: 2\n")) {
            service.start();
            Await.until(() -> sink.statuses.stream().anyMatch(s -> s.state().equals(SourceStatus.FAILING)));
            assertThat(gauge("failing")).isEqualTo(1);
            assertThat(service.sourceHealth().get(0).state()).isEqualTo(SourceStatus.FAILING);
        }

        assertThat(sink.statuses).extracting(SourceStatus::state).startsWith(SourceStatus.OK, SourceStatus.FAILING);
        SourceStatus failing = sink.statuses.stream().filter(s -> !s.healthy()).findFirst().orElseThrow();
        assertThat(failing.reason()).contains(site.url("/rss/home.rss"), "HTTP 503");
        assertThat(failing.lastError()).startsWith("http-error");
        assertThat(failing.errors()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void restartRemembersWhenTheSourceLastPublished() throws Exception {
        serveOneArticle();
        try (IngestService first = service(sink, "")) {
            first.start();
            Await.until(() -> sink.articles.size() == 1);
        }
        site.route("/rss/home.rss", ex -> LocalSite.send(ex, 503, "text/plain", new byte[0]));

        try (IngestService second = service(new MemorySink(), "")) {
            second.start();
            SourceHealth health = second.sourceHealth().get(0);

            assertThat(health.lastNewItem()).as("the article sent before the restart")
                    .isEqualTo(Instant.parse("2026-11-22T01:15:00Z"));
            assertThat(health.itemsEmitted()).as("counters start again").isZero();
        }
    }
}
