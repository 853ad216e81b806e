package vn.tinradar.analyze.pipeline.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;

/** Which trend keys one article counts under. */
class TrendKeysTest {

    final TrendKeys keys = new TrendKeys(0.3);
    final ScoredArticle landslide = new KeywordTestScorer().score(landslide(1, at("2026-11-20T08:00:00")));

    @Test
    void countsUnderTopicPlaceAndTopicInPlace() {
        assertThat(keys.of(landslide)).extracting(TrendHit::trendKey).containsExactly("topic:thien-tai",
                "place:lc-bao-yen", "topic-place:thien-tai@lc-bao-yen");
        assertThat(keys.of(landslide).get(2).label()).isEqualTo("thien-tai – Xã Bảo Yên");
        assertThat(keys.of(landslide).get(0).articleTime())
                .isEqualTo(at("2026-11-20T08:00:00").toInstant().toEpochMilli());
    }

    @Test
    void passingMentionsOfATopicDoNotCount() {
        ScoredArticle weak = new ScoredArticle(landslide.v(), landslide.article(), true,
                List.of(new PlaceTag("lc-bao-yen", "Xã Bảo Yên", "commune", "Bảo Yên")),
                List.of(new TopicScore("giao-duc", 0.1, List.of("học sinh"))), landslide.sentiment(),
                landslide.suspicion(), null, null, landslide.scoredAt());

        assertThat(keys.of(weak)).extracting(TrendHit::trendKey).containsExactly("place:lc-bao-yen");
    }

    @Test
    void articlesNotAboutTheProvinceCountUnderNothing() {
        ScoredArticle national = new ScoredArticle(landslide.v(), landslide.article(), false, List.of(),
                landslide.topics(), landslide.sentiment(), landslide.suspicion(), null, null, landslide.scoredAt());

        assertThat(keys.of(national)).isEmpty();
    }
}
