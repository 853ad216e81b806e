package vn.tinradar.analyze.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.pipeline.trends.WatchStart;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

/**
 * What the query side reads of the trend watch (issue 11): a partition not watched yet says how many articles its
 * past day held; one watched says since when. On the production topology, one partition, the default 8 a day.
 */
class TrendWatchStateTest {

    private static final OffsetDateTime NOW = at("2026-12-06T16:20:00");

    @TempDir
    Path stateDir;
    TopologyHarness t;

    @BeforeEach
    void start() {
        t = new TopologyHarness(stateDir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aThinFlowIsNotWatchedAndCountsThePastDaysArticles() {
        for (int i = 0; i < 5; i++) {
            t.send(provincialNews(i, NOW.minusHours(20 - 4L * i)));
        }

        PartitionWatch watch = state(NOW);

        assertThat(watch.watching()).isFalse();
        assertThat(watch.watchingSince()).isNull();
        assertThat(watch.articlesPastDay()).isEqualTo(5);
    }

    @Test
    void articlesOlderThanTheLast24HoursAreNotInThePastDay() {
        t.send(provincialNews(1, NOW.minusHours(30)));
        t.send(provincialNews(2, NOW.minusHours(23)));
        t.send(provincialNews(3, NOW.minusMinutes(10)));

        assertThat(state(NOW).articlesPastDay()).isEqualTo(2);
        assertThat(state(NOW.plusDays(2)).articlesPastDay()).isZero();
    }

    @Test
    void aDayOfNormalVolumeIsWatchedFromTheEndOfTheHourThatCompletedIt() {
        for (int i = 0; i < t.config.trendWatchMinArticlesPerDay(); i++) {
            t.send(provincialNews(i, NOW.minusHours(9).plusHours(i)));
        }

        PartitionWatch watch = state(NOW);

        // the eighth article of the day came at 14:20: watching from the end of that hour
        assertThat(watch.watchingSince()).isEqualTo(at("2026-12-06T15:00:00").toInstant());
        assertThat(watch.articlesPastDay()).isNull();
    }

    private PartitionWatch state(OffsetDateTime now) {
        KeyValueStore<String, Long> store = t.driver.getKeyValueStore(WatchStart.STORE);
        return WatchStart.read(0, store, now.toInstant());
    }

    private static Article provincialNews(int n, OffsetDateTime published) {
        return article("https://baolaocai.vn/hoi-nghi-xuc-tien-dau-tu-" + n, "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Lào Cai trao quyết định chủ trương đầu tư cho " + (n + 2) + " dự án tại hội nghị xúc tiến",
                "Tại hội nghị, UBND tỉnh Lào Cai trao quyết định chủ trương đầu tư cho các nhà đầu tư, đợt " + n + ".",
                published);
    }
}
