package vn.tinradar.alerts.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;

class PolicyPageBuilderTest {

    // Fixtures.T0 is 20/11/2026 08:00 Vietnam time
    private static final AlertsConfig.Policy LAND = new AlertsConfig.Policy("bang-gia-dat-2026",
            "Dự thảo bảng giá đất tỉnh Lào Cai 2026", List.of("bảng giá đất"), LocalDate.of(2026, 11, 19),
            LocalDate.of(2026, 11, 21));

    private static ScoredArticle article(String id, String title, int minutesAfterT0) {
        return Fixtures.scored(Fixtures.ref(id, title, "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, minutesAfterT0),
                "story-" + id);
    }

    @Test
    void everyDayOfTheWindowIsListedWithTheArticlesNamingThePolicy() {
        PolicyPage page = PolicyPageBuilder.build(LAND, List.of(
                article("a1", "Người dân phản đối bảng giá đất mới", 0),
                article("a2", "Khai mạc chợ phiên Bắc Hà", 10)));
        assertThat(page.perDay()).extracting(PolicyPage.Day::articles).containsExactly(0, 1, 0);
        assertThat(page.articles()).isEqualTo(1);
    }

    @Test
    void articlePublishedAfterTheWindowIsLeftOut() {
        PolicyPage page = PolicyPageBuilder.build(LAND, List.of(article("a1", "Bảng giá đất được thông qua", 60 * 24 * 2)));
        assertThat(page.articles()).isZero();
    }

    @Test
    void headlineReactingToThePolicyReachesTheCompiledFeedback() {
        PolicyPage page = PolicyPageBuilder.build(LAND, List.of(article("a1", "Người dân phản đối bảng giá đất mới", 0)));
        assertThat(page.feedback().count(Stance.AGAINST)).isEqualTo(1);
    }
}
