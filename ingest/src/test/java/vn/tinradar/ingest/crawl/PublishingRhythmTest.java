package vn.tinradar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishingRhythmTest {

    private static final Instant MORNING = Instant.parse("2026-11-20T23:00:00Z"); // 06:00 in Lào Cai

    @Test
    void usualGapIsTheNinetiethPercentileSoAQuietAfternoonIsUsual() {
        PublishingRhythm rhythm = new PublishingRhythm();
        // a provincial paper: nine articles twenty minutes apart each morning, then a six-hour pause, three days
        for (int day = 0; day < 3; day++) {
            Instant start = MORNING.plus(Duration.ofDays(day));
            for (int i = 0; i < 9; i++) {
                rhythm.add(start.plus(Duration.ofMinutes(20L * i)));
            }
            rhythm.add(start.plus(Duration.ofHours(9)));
        }

        assertThat(rhythm.usualGap()).contains(Duration.ofMinutes(6 * 60 + 20));
    }

    @Test
    void saysNothingAboutTheGapWithFewerThanThreeGaps() {
        PublishingRhythm rhythm = new PublishingRhythm();
        rhythm.add(MORNING);
        rhythm.add(MORNING.plus(Duration.ofHours(5)));
        rhythm.add(MORNING.plus(Duration.ofHours(10)));

        assertThat(rhythm.usualGap()).isEmpty();
        assertThat(rhythm.last()).contains(MORNING.plus(Duration.ofHours(10)));
    }

    @Test
    void theSameDateTwiceCountsOnce() {
        PublishingRhythm rhythm = new PublishingRhythm();
        for (int i = 0; i < 4; i++) {
            rhythm.add(MORNING.plus(Duration.ofHours(i)));
            rhythm.add(MORNING.plus(Duration.ofHours(i))); // the revision of an article keeps its date
        }

        assertThat(rhythm.usualGap()).contains(Duration.ofHours(1));
    }

    @Test
    void keepsOnlyTheNewestArticles() {
        PublishingRhythm rhythm = new PublishingRhythm();
        // a year-old weekly rhythm, then a busy hourly one: only the recent one counts
        for (int i = 0; i < 20; i++) {
            rhythm.add(MORNING.minus(Duration.ofDays(365)).plus(Duration.ofDays(7L * i)));
        }
        for (int i = 0; i < PublishingRhythm.KEPT; i++) {
            rhythm.add(MORNING.plus(Duration.ofHours(i)));
        }

        assertThat(rhythm.usualGap()).contains(Duration.ofHours(1));
    }
}
