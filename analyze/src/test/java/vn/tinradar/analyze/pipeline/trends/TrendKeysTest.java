package vn.tinradar.analyze.pipeline.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.KeywordTestScorer;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.SourceTier;
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

    private ScoredArticle disasterReport(String title) {
        var a = article("https://baolaocai.vn/" + title.hashCode(), "baolaocai", SourceTier.PROVINCIAL_PRESS, title,
                title + ".", at("2026-11-20T08:00:00"));
        return new ScoredArticle(landslide.v(), a, true, landslide.places(),
                List.of(new TopicScore("thien-tai", 0.9, List.of("rét đậm"))), landslide.sentiment(),
                landslide.suspicion(), null, null, landslide.scoredAt());
    }

    @Test
    void weatherForecastDoesNotCountUnderDisaster() {
        // issue 11: a day of cold-spell forecasts burst the disaster topic of a real week's replay
        assertThat(keys.of(disasterReport("Thời tiết hôm nay 8/2: Bắc Bộ mưa, rét đậm, vùng núi dưới 5 độ C")))
                .extracting(TrendHit::trendKey).containsExactly("place:lc-bao-yen");
        assertThat(keys.of(disasterReport("Miền Bắc sắp đón không khí lạnh mạnh, trời chuyển rét sâu")))
                .extracting(TrendHit::trendKey).containsExactly("place:lc-bao-yen");
    }

    @Test
    void coldSpellThatKillsLivestockStillCountsAsDisaster() {
        assertThat(keys.of(disasterReport("Rét hại kéo dài, hơn 300 con trâu bò ở Bảo Yên chết rét")))
                .extracting(TrendHit::trendKey).contains("topic:thien-tai", "topic-place:thien-tai@lc-bao-yen");
    }

    @Test
    void topicInTheWholeProvinceCountsOnlyAsTheTopicItself() {
        ScoredArticle provinceWide = new ScoredArticle(landslide.v(), landslide.article(), true,
                List.of(new PlaceTag("lc-bao-yen", "Xã Bảo Yên", "commune", "Bảo Yên"),
                        new PlaceTag("15", "Tỉnh Lào Cai", "province", "Lào Cai")),
                landslide.topics(), landslide.sentiment(), landslide.suspicion(), null, null, landslide.scoredAt());

        assertThat(keys.of(provinceWide)).extracting(TrendHit::trendKey).containsExactly("topic:thien-tai",
                "place:lc-bao-yen", "place:15", "topic-place:thien-tai@lc-bao-yen");
    }
}
