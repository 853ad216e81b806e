package vn.tinradar.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.TestConfigs;
import vn.tinradar.ingest.crawl.FeedState;
import vn.tinradar.ingest.crawl.SourceStats;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;

/** The source states with a clock moved by hand: factor 4, floor 12 h, heartbeat 5 min, failing after 3. */
class SourceMonitorTest {

    private static final Instant START = Instant.parse("2026-11-22T01:00:00Z"); // 08:00 in Lào Cai
    private static final String FEED = "https://baolaocai.vn/rss/thoi-su.rss";
    private static final Source SOURCE = new Source("baolaocai", "Báo Lào Cai", "https://baolaocai.vn",
            SourceTier.PROVINCIAL_PRESS, true, false, 300, 3600, List.of(), Selectors.NONE);

    private final IngestConfig config = TestConfigs.with("""
            silent-after-factor: 4
            silent-floor-minutes: 720
            health-heartbeat-seconds: 300
            backoff-after-failures: 3
            """);
    private final SourceMonitor monitor = new SourceMonitor(config);
    private final SourceStats stats = new SourceStats();

    private static FeedProgress polledOk(Instant at) {
        return new FeedProgress(FEED, new FeedState(null, null, null, 600, 0, at, null, at.plusSeconds(600)), true);
    }

    private static FeedProgress failed(int times, Instant at) {
        return new FeedProgress(FEED, new FeedState(null, null, null, 600, times, null, null, at.plusSeconds(2400)), true);
    }

    private SourceHealth at(Instant now, FeedProgress feed) {
        return monitor.assess(SOURCE, stats, List.of(feed), START, now);
    }

    /** Articles every {@code gap}, the last one at {@code last}. */
    private void articles(Duration gap, int count, Instant last) {
        for (int i = 0; i < count; i++) {
            Instant published = last.minus(gap.multipliedBy(count - 1 - i));
            stats.emitted(published, published);
        }
    }

    @Test
    void isPendingUntilTheFirstPollAndPublishesNothingMeanwhile() {
        SourceHealth health = at(START, new FeedProgress(FEED, FeedState.initial(300), false));

        assertThat(health.state()).isEqualTo(SourceHealth.PENDING);
        assertThat(monitor.due(health, START)).isEmpty();
        assertThat(monitor.currentState("baolaocai")).isEqualTo(SourceHealth.PENDING);
    }

    @Test
    void firstSuccessfulPollIsPublishedAsOkOnce() {
        articles(Duration.ofMinutes(30), 10, START.minusSeconds(600));

        Optional<SourceStatus> first = monitor.due(at(START, polledOk(START)), START);
        Optional<SourceStatus> again = monitor.due(at(START.plusSeconds(60), polledOk(START)), START.plusSeconds(60));

        assertThat(first).hasValueSatisfying(s -> {
            assertThat(s.sourceId()).isEqualTo("baolaocai");
            assertThat(s.state()).isEqualTo(SourceStatus.OK);
            assertThat(s.reason()).isNull();
            assertThat(s.usualGapMinutes()).isEqualTo(30);
            assertThat(s.lastNewItem()).isEqualTo(START.minusSeconds(600));
            assertThat(s.v()).isEqualTo(SourceStatus.VERSION);
        });
        assertThat(again).as("nothing changed within the heartbeat").isEmpty();
    }

    @Test
    void feedFailingThreePollsInARowMakesTheSourceFailingAndSaysWhichFeed() {
        stats.fetched(false, "http-error: HTTP 503", START);

        SourceHealth twice = at(START, failed(2, START));
        SourceHealth thrice = at(START.plusSeconds(600), failed(3, START.plusSeconds(600)));

        assertThat(twice.state()).isEqualTo(SourceStatus.OK);
        assertThat(thrice.state()).isEqualTo(SourceStatus.FAILING);
        assertThat(thrice.reason()).contains("1/1 nguồn cấp lỗi liên tiếp", FEED, "3 lần", "HTTP 503");
        assertThat(monitor.currentState("baolaocai")).isEqualTo(SourceStatus.FAILING);
    }

    @Test
    void recoveryIsPublishedAtOnceNotAtTheNextHeartbeat() {
        monitor.due(at(START, failed(3, START)), START);

        Optional<SourceStatus> recovered = monitor.due(at(START.plusSeconds(30), polledOk(START.plusSeconds(30))),
                START.plusSeconds(30));

        assertThat(recovered).map(SourceStatus::state).contains(SourceStatus.OK);
    }

    @Test
    void unchangedStateIsPublishedAgainAfterTheHeartbeat() {
        monitor.due(at(START, polledOk(START)), START);

        assertThat(monitor.due(at(START.plusSeconds(299), polledOk(START)), START.plusSeconds(299))).isEmpty();
        assertThat(monitor.due(at(START.plusSeconds(300), polledOk(START)), START.plusSeconds(300)))
                .hasValueSatisfying(s -> assertThat(s.observedAt()).isEqualTo(START.plusSeconds(300)));
    }

    @Test
    void sourceIsSilentAfterFourTimesItsUsualGap() {
        // a government portal: an article every six hours, the last at 08:00
        articles(Duration.ofHours(6), 12, START);

        SourceHealth dayLater = at(START.plus(Duration.ofHours(23)), polledOk(START.plus(Duration.ofHours(23))));
        SourceHealth longer = at(START.plus(Duration.ofHours(25)), polledOk(START.plus(Duration.ofHours(25))));

        assertThat(dayLater.state()).isEqualTo(SourceStatus.OK);
        assertThat(longer.state()).isEqualTo(SourceStatus.SILENT);
        assertThat(longer.usualGapMinutes()).isEqualTo(360);
        assertThat(longer.reason()).isEqualTo("Không có bài mới từ 08:00 22/11/2026, đã 25 giờ; nguồn này thường có"
                + " bài mới sau 6 giờ, ngưỡng im lặng 24 giờ");
    }

    @Test
    void busySourceIsNotSilentOvernightThanksToTheFloor() {
        // twenty minutes apart all day: four gaps would be 80 minutes, but a night is longer than that
        articles(Duration.ofMinutes(20), 60, START);

        SourceHealth night = at(START.plus(Duration.ofHours(10)), polledOk(START.plus(Duration.ofHours(10))));
        SourceHealth tooLong = at(START.plus(Duration.ofHours(13)), polledOk(START.plus(Duration.ofHours(13))));

        assertThat(night.state()).isEqualTo(SourceStatus.OK);
        assertThat(tooLong.state()).isEqualTo(SourceStatus.SILENT);
        assertThat(tooLong.reason()).endsWith("nguồn này thường có bài mới sau 20 phút, ngưỡng im lặng 12 giờ");
    }

    @Test
    void sourceThatNeverSentAnythingIsSilentOnceTheFloorHasPassedSinceStart() {
        SourceHealth early = at(START.plus(Duration.ofHours(11)), polledOk(START.plus(Duration.ofHours(11))));
        SourceHealth late = at(START.plus(Duration.ofHours(13)), polledOk(START.plus(Duration.ofHours(13))));

        assertThat(early.state()).isEqualTo(SourceStatus.OK);
        assertThat(late.state()).isEqualTo(SourceStatus.SILENT);
        assertThat(late.reason()).startsWith("Chưa có bài nào từ khi bắt đầu theo dõi lúc 08:00 22/11/2026")
                .contains("chưa đủ bài để biết nhịp đăng tin");
    }

    @Test
    void failingWinsOverSilent() {
        articles(Duration.ofHours(1), 10, START);

        SourceHealth health = at(START.plus(Duration.ofDays(2)), failed(8, START.plus(Duration.ofDays(2))));

        assertThat(health.state()).isEqualTo(SourceStatus.FAILING);
    }

    @Test
    void countsArticlesOfTheLastDayAndTheErrorRate() {
        stats.emitted(START.minus(Duration.ofHours(30)), START.minus(Duration.ofHours(30)));
        stats.emitted(START.minus(Duration.ofHours(2)), START.minus(Duration.ofHours(3)));
        stats.fetched(true, null, START);
        stats.fetched(false, "timeout: no complete response within 20000 ms", START);

        SourceHealth health = at(START, polledOk(START));

        assertThat(health.itemsLastDay()).isEqualTo(1);
        assertThat(health.itemsEmitted()).isEqualTo(2);
        assertThat(health.errorRate()).isEqualTo(0.5);
        assertThat(health.nextPollAt()).isEqualTo(START.plusSeconds(600));
    }
}
