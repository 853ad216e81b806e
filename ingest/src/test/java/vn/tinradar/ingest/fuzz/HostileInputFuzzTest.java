package vn.tinradar.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.TestConfigs;

/**
 * Issue 13: hostile feeds, sitemaps and pages through the real polling path against a loopback server. Every
 * case must end extracted, rejected with a reason, as a failed poll with a reason, or read without a usable
 * item; none may crash, hang, reach an internal address or leak a local file.
 *
 * <p>The suite runs a quick pass (each of the 41 families twice, sizes divided by 10); the long pass,
 * full sizes, is {@code ./mvnw -B -o -q -pl ingest -am test -Dtest=HostileInputFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases=1025 -Dfuzz.shrink=1 -Dfuzz.drip-ms=300 -Dfuzz.parallel=2}, figures in
 * docs/reliability.md.
 */
class HostileInputFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 82);
    private static final int SHRINK = Integer.getInteger("fuzz.shrink", 10);
    private static final int DRIP_MS = Integer.getInteger("fuzz.drip-ms", 100);
    private static final long SEED = Long.getLong("fuzz.seed", 13);
    /** Polls at once (the long pass runs two, within the test JVM's 1 GB heap). */
    private static final int PARALLEL = Integer.getInteger("fuzz.parallel", 3);
    /** Runs one family only (its name, e.g. {@code slow-drip}), to look into it. */
    private static final String ONLY = System.getProperty("fuzz.only");

    /**
     * Production defaults, but deadlines short enough that a hostile server costs seconds, not minutes, and
     * few items per poll (the cap itself is tested in ItemCapTest).
     */
    static IngestConfig config() {
        return TestConfigs.with("""
                connect-timeout-ms: 500
                read-timeout-ms: 1500
                max-retries: 0
                per-host-min-interval-ms: 0
                per-host-concurrency: 8
                global-concurrency: 16
                document-budget-ms: 2000
                max-items-per-poll: 3
                """);
    }

    @Test
    void everyHostileInputIsExtractedOrRejectedWithAReasonWithoutCrashOrHang() throws Exception {
        FuzzRun.Report report;
        try (HostileServer server = new HostileServer()) {
            HostileCorpus corpus = new HostileCorpus(server, SEED, DRIP_MS, SHRINK);
            // a poll reads at most 1 feed, 5 child sitemaps and 3 pages, each within the read deadline (1.5 s)
            // plus the document budget (2 s): a poll still running after 9 x 3.5 s is hung
            report = new FuzzRun(server, corpus, config(), 32_000).run(CASES, PARALLEL, ONLY);
        }
        FuzzRun.Outcome slowest = report.slowest();
        System.out.printf("fuzz cases=%d shrink=%d counts=%s slowest=%s %d ms (%s)%nworst ms per family=%s%n", CASES, SHRINK,
                report.counts(), slowest.name(), slowest.millis(), slowest.why(), report.worstMillisPerFamily());

        assertThat(report.problems()).as("crashed, hung, unexplained, internal or leaked").isEmpty();
        assertThat(report.outcomes()).hasSize(CASES);
    }
}
