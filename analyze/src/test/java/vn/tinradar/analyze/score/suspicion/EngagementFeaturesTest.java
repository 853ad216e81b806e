package vn.tinradar.analyze.score.suspicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SourceTier;

/** The engagement features the learned suspicion model may read, set by set. */
class EngagementFeaturesTest {

    private static Article postedAtNight(Engagement counts) {
        Article a = article("https://diendan-laocai.vn/threads/mat-dien-ca-phuong-kim-tan.4411", "diendanlaocai",
                SourceTier.FORUM_SOCIAL, "Mất điện cả phường Kim Tân từ tối, có ai biết bao giờ có lại không?",
                "Nhà mình ở Kim Tân mất điện từ 21 giờ, gọi tổng đài mãi không được.", at("2026-11-21T23:40:00"));
        return new Article(a.v(), a.id(), a.url(), a.sourceId(), a.sourceName(), a.tier(), a.title(), a.summary(),
                a.text(), a.author(), a.section(), a.image(), a.language(), a.published(), a.updated(), a.dateSource(),
                a.fetchedAt(), a.contentHash(), counts, a.provinceSource());
    }

    @Test
    void fullSetComparesSharesWithLikesAndSaysWhenItWasPosted() {
        var f = EngagementFeatures.FULL.of(postedAtNight(new Engagement(9L, 40L, 99L)));

        assertThat(f.get("share-vs-like")).isCloseTo(Math.log(100) - Math.log(10), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f).containsEntry("posted-at-night", 1.0).containsEntry("posted-on-weekend", 1.0);
    }

    @Test
    void noneGivesTheModelNoEngagementAtAll() {
        assertThat(EngagementFeatures.NONE.of(postedAtNight(new Engagement(9L, 40L, 99L)))).isEmpty();
    }

    @Test
    void unknownSetIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> EngagementFeatures.parse("views"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engagement features must be one of [none, counts, full] but was 'views'");
    }
}
