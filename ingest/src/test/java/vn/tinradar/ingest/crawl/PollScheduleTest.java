package vn.tinradar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.TestConfigs;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:15:00Z");
    private final PollSchedule schedule = new PollSchedule(TestConfigs.with("failure-backoff-max-seconds: 3600"));
    private final Source source = new Source("baolaocai", "Báo Lào Cai", null, SourceTier.PROVINCIAL_PRESS, true, false,
            60, 1800, List.of(), Selectors.NONE);

    private static PollResult found(int items) {
        return new PollResult(true, items, "ok", null, "\"e1\"", null, "h1");
    }

    @Test
    void firstIntervalIsTheSourcesMinimum() {
        assertThat(schedule.initial(source).intervalSeconds()).isEqualTo(60);
    }

    @Test
    void quietPollsStretchTheIntervalUpToTheMaximum() {
        FeedState state = schedule.initial(source);
        for (int i = 0; i < 20; i++) {
            state = schedule.next(source, state, found(0), NOW);
        }
        assertThat(state.intervalSeconds()).isEqualTo(1800);
        assertThat(state.nextPollAt()).isEqualTo(NOW.plusSeconds(1800));
    }

    @Test
    void newItemsHalveTheIntervalDownToTheMinimum() {
        FeedState quiet = new FeedState(null, null, null, 1200, 0, null, null, null);

        FeedState busy = schedule.next(source, quiet, found(3), NOW);

        assertThat(busy.intervalSeconds()).isEqualTo(600);
        assertThat(busy.lastNewItem()).isEqualTo(NOW);
        assertThat(schedule.next(source, new FeedState(null, null, null, 90, 0, null, null, null), found(1), NOW)
                .intervalSeconds()).isEqualTo(60);
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCap() {
        FeedState state = schedule.next(source, schedule.initial(source), found(0), NOW);
        PollResult failed = PollResult.failed("timeout", "no answer");

        FeedState once = schedule.next(source, state, failed, NOW);
        FeedState twice = schedule.next(source, once, failed, NOW);
        FeedState many = once;
        for (int i = 0; i < 10; i++) {
            many = schedule.next(source, many, failed, NOW);
        }

        assertThat(once.nextPollAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(twice.nextPollAt()).isEqualTo(NOW.plusSeconds(240));
        assertThat(many.nextPollAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(once.etag()).as("validators survive a failure").isEqualTo("\"e1\"");
        assertThat(schedule.next(source, many, found(0), NOW).failures()).isZero();
    }

    @Test
    void sourcesWithoutBoundsUseIngestDefaults() {
        Source unbounded = new Source("cong-tt", "Cổng TTĐT", null, SourceTier.GOVERNMENT_PORTAL, true, false, 0, 0,
                List.of(), Selectors.NONE);

        assertThat(schedule.minSeconds(unbounded)).isEqualTo(300);
        assertThat(schedule.maxSeconds(unbounded)).isEqualTo(3600);
    }
}
