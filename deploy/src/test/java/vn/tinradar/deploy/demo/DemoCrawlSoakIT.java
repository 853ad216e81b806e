package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short version of {@link DemoCrawlSoak}: 45 s of wall time (more while a loaded machine's crawler catches up)
 * at 30 times real speed, so the crawler lives through the demo's whole live burst and twenty demo minutes after
 * it, restarted once, on a real broker.
 * Requests to one host are spaced by 100 ms instead of 1 s, so the whole corpus fits in the time.
 */
class DemoCrawlSoakIT {

    @TempDir
    Path dir;

    @Test
    void crawlerOnTheDemoSendsEveryArticleOnceAndNoneDatedInTheFuture() throws Exception {
        DemoCrawlSoak.Report report = DemoCrawlSoak.run(Duration.ofSeconds(45), 30, 100L, dir);
        System.out.println(report.summary());

        assertThat(report.duplicates()).isEmpty();
        assertThat(report.future()).isEmpty();
        assertThat(report.missing()).isEmpty();
        assertThat(report.expected()).as("the demo's recent articles").isGreaterThan(100);
        assertThat(report.demo()).isGreaterThan(Duration.ofMinutes(15));
    }
}
