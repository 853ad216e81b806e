package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.StoryMerge;

class StoryMergesTest {

    private final Map<String, StoryMerge> merges = new HashMap<>();
    private final StoryMerges resolver = new StoryMerges(merges::get);

    private void merge(String absorbed, String into) {
        merges.put(absorbed, new StoryMerge(StoryMerge.VERSION, absorbed, into, Fixtures.T0));
    }

    @Test
    void storyNeverAbsorbedIsItself() {
        assertThat(resolver.current("s-sat-lo-muong-hum")).isEqualTo("s-sat-lo-muong-hum");
    }

    @Test
    void absorbedStoryResolvesToTheStoryThatAbsorbedIt() {
        merge("s-sat-lo-quoc-lo-4d", "s-sat-lo-muong-hum");

        assertThat(resolver.current("s-sat-lo-quoc-lo-4d")).isEqualTo("s-sat-lo-muong-hum");
    }

    @Test
    void storyAbsorbedTwiceResolvesToTheLastSurvivor() {
        merge("s-so-tan-trong-dem", "s-sat-lo-quoc-lo-4d");
        merge("s-sat-lo-quoc-lo-4d", "s-sat-lo-muong-hum");

        assertThat(resolver.current("s-so-tan-trong-dem")).isEqualTo("s-sat-lo-muong-hum");
    }

    @Test
    void cycleOfMergesEndsInsteadOfLoopingForever() {
        merge("s-a", "s-b");
        merge("s-b", "s-a");

        assertThat(resolver.current("s-a")).isIn("s-a", "s-b");
    }

    @Test
    void articleWithoutStoryKeepsNoStory() {
        assertThat(resolver.current(null)).isNull();
    }

    @Test
    void lookedUpArticleCarriesTheStoryItIsPartOfNow() {
        merge("s-sat-lo-quoc-lo-4d", "s-sat-lo-muong-hum");
        ScoredArticle report = Fixtures.scored(Fixtures.ref("vnexpress-4d", "Đất đá sạt xuống quốc lộ 4D đoạn qua "
                + "Mường Hum", "VnExpress", SourceTier.NATIONAL_PRESS, 30), "s-sat-lo-quoc-lo-4d");

        Optional<ScoredArticle> found = resolver.resolving(id -> Optional.of(report)).apply("vnexpress-4d");

        assertThat(found).get().satisfies(s -> {
            assertThat(s.storyId()).isEqualTo("s-sat-lo-muong-hum");
            assertThat(s.article().title()).isEqualTo(report.article().title());
        });
    }
}
