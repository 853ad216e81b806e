package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.config.IngestConfig;

/** How polls are spread over threads and hosts: one poll per host at a time, the rest wait in the queue. */
class IngestServiceSchedulingTest {

    private static final byte[] EMPTY_FEED = "<rss version=\"2.0\"><channel><title>Báo Lào Cai</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private final LocalSite site = new LocalSite();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @AfterEach
    void stop() {
        site.close();
    }

    /** Four section feeds of one site, each answering slowly, counting how many are being answered at once. */
    private SourceRegistry fourSlowSections() {
        StringBuilder feeds = new StringBuilder();
        for (String section : new String[] {"thoi-su", "kinh-te", "xa-hoi", "van-hoa"}) {
            String path = "/rss/" + section + ".rss";
            site.route(path, ex -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                LocalSite.send(ex, 200, "application/rss+xml", EMPTY_FEED);
            });
            feeds.append("      - {url: \"").append(site.url(path)).append("\", kind: rss}\n");
        }
        return SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: baolaocai
                    name: Báo Lào Cai
                    tier: provincial-press
                    allow-private-network: true
                    poll: {min-interval-seconds: 60, max-interval-seconds: 120}
                    feeds:
                """ + feeds);
    }

    @Test
    void feedsOfOneHostArePolledOneAtATimeWhileTheOthersWaitInTheQueue() throws Exception {
        // two requests in flight per host would be allowed; the lane keeps polls of one site in single file
        IngestConfig config = TestConfigs.with("""
                per-host-min-interval-ms: 0
                per-host-concurrency: 2
                poll-threads: 4
                """);
        try (IngestService service = new IngestService(config, fourSlowSections(), new MemorySink(),
                new MemoryStateStore(), meters, Clock.systemUTC())) {
            service.start();
            Await.until(() -> inFlight.get() == 1);
            assertThat(meters.get("tinradar.ingest.queue.depth").gauge().value()).isEqualTo(3);
            Await.until(() -> service.feedsPolled() == 4);
            assertThat(meters.get("tinradar.ingest.queue.depth").gauge().value()).isZero();
        }

        assertThat(mostInFlight.get()).isEqualTo(1);
    }

    @Test
    void aFeedCountsAsPolledOnlyOnceItsPollIsDone() throws Exception {
        // /health reports feeds and feedsPolled: a restarted crawler has offered everything once they are equal
        IngestConfig config = TestConfigs.with("""
                per-host-min-interval-ms: 0
                poll-threads: 4
                """);
        try (IngestService service = new IngestService(config, fourSlowSections(), new MemorySink(),
                new MemoryStateStore(), meters, Clock.systemUTC())) {
            service.start();
            Await.until(() -> inFlight.get() == 1);
            assertThat(service.feeds()).isEqualTo(4);
            assertThat(service.feedsPolled()).isZero();
            Await.until(() -> service.feedsPolled() == 4);
        }
    }
}
