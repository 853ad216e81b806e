package vn.tinradar.analyze.score.suspicion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.at;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.EngagementObservation;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.SourceTier;

/** How fast a post spreads, from its observations alone; the topology's part is in EngagementTopologyTest. */
class SpreadSpeedSignalTest {

    private static final String TITLE = "Cả xóm mình đi gặt lúa ở ruộng bậc thang Y Tý, mùa này đẹp quá";
    private static final String TEXT = "Ai lên Y Tý cuối tuần này thì ghé nhé, lúa chín vàng hết rồi.";

    private static Article post(Engagement counts) {
        String url = "https://facebook.com/ytytravel/posts/3101";
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "social:facebook:ytytravel",
                "Y Tý Travel (facebook)", SourceTier.FORUM_SOCIAL, TITLE, null, TEXT, null, null, null, "vi",
                at("2026-11-20T07:00:00"), null, "import", at("2026-11-20T09:00:00").toInstant(),
                ArticleIds.contentHash(TITLE, TEXT), counts, false,
                new SocialPost("facebook", "ytytravel", "Y Tý Travel", "3101", SocialPost.POST, null));
    }

    private static EngagementObservation seen(String localTime, long shares, long comments) {
        return new EngagementObservation(at(localTime).toInstant(), new Engagement(50L, comments, shares));
    }

    @Test
    void postSharedAFewTimesAnHourRaisesNothing() {
        List<EngagementObservation> slow = List.of(seen("2026-11-20T08:00:00", 4, 2), seen("2026-11-20T10:00:00", 30, 9));

        assertThat(SpreadSpeedSignal.of(post(new Engagement(50L, 9L, 30L)), slow)).isEmpty();
    }

    @Test
    void singleObservationIsMeasuredFromPublication() {
        Engagement counts = new Engagement(900L, 300L, 2_500L);
        List<EngagementObservation> once = List.of(new EngagementObservation(
                Instant.parse("2026-11-20T02:00:00Z"), counts));

        assertThat(SpreadSpeedSignal.of(post(counts), once)).hasValueSatisfying(s -> {
            assertThat(s.weight()).isEqualTo(SpreadSpeedSignal.VERY_FAST_WEIGHT);
            assertThat(s.evidence()).isEqualTo("2.800 lượt chia sẻ và bình luận trong 2 giờ sau khi đăng (1.400/giờ)");
        });
    }

    @Test
    void observationsMinutesApartSayNothingAboutARate() {
        List<EngagementObservation> close = List.of(seen("2026-11-20T08:00:00", 0, 0),
                seen("2026-11-20T08:05:00", 400, 50));

        assertThat(SpreadSpeedSignal.of(post(new Engagement(50L, 50L, 400L)), close)).isEmpty();
    }
}
