package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.text.VnTime;

class PolicyNegativeRuleTest {

    private static final AlertsConfig.Policy LAND = new AlertsConfig.Policy("ho-tro-thu-hoi-dat",
            "Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất", List.of("hỗ trợ thu hồi đất"),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private static final Instant NOW = LocalDate.of(2026, 11, 20).atTime(9, 0).atZone(VnTime.ZONE).toInstant();
    private static final PolicyNegativeRule RULE = new PolicyNegativeRule(
            new AlertsConfig.DraftPolicies(0.5, 3, 7, List.of(LAND)), 30);

    private static PolicyMention story(String id, String title, int articles, int negative, Duration ago) {
        ArticleRef a = Fixtures.ref(id + "-1", title, "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 0);
        return new PolicyMention(LAND.id(), id, title, NOW.minus(ago), List.of(a), NOW.minus(ago).minus(
                Duration.ofHours(6)), articles, negative, 2);
    }

    @Test
    void smallStoriesThatTogetherTurnNegativeFireOneAlertForThePolicy() {
        List<PolicyMention> week = List.of(
                story("s-hoi-nghi", "Hội nghị lấy ý kiến dự thảo hỗ trợ thu hồi đất", 2, 0, Duration.ofDays(5)),
                story("s-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 2, 2, Duration.ofDays(2)),
                story("s-thiet-thoi", "Dự thảo hỗ trợ thu hồi đất: người dân lo thiệt thòi", 2, 2, Duration.ofDays(1)));

        Finding f = RULE.evaluate(LAND, week, NOW).orElseThrow();

        assertThat(f.groupKey()).isEqualTo("policy-negative|ho-tro-thu-hoi-dat");
        assertThat(f.title()).isEqualTo("Dư luận tiêu cực về Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất");
        assertThat(f.summary()).contains("4/6 bài").contains("trong 3 câu chuyện").contains("01/11/2026 – 30/11/2026");
        assertThat(f.storyId()).isIn("s-muc-thap", "s-thiet-thoi");
        assertThat(f.articles()).hasSize(3);
    }

    @Test
    void coverageOlderThanAWeekDoesNotCount() {
        List<PolicyMention> old = List.of(
                story("s-hoi-nghi", "Hội nghị lấy ý kiến dự thảo hỗ trợ thu hồi đất", 3, 0, Duration.ofDays(1)),
                story("s-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 4, 4, Duration.ofDays(9)));

        assertThat(RULE.evaluate(LAND, old, NOW)).isEmpty();
    }

    @Test
    void nothingFiresOutsideTheConsultation() {
        List<PolicyMention> week = List.of(
                story("s-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 4, 4, Duration.ofDays(1)));

        assertThat(RULE.evaluate(LAND, week, LocalDate.of(2026, 12, 2).atTime(9, 0).atZone(VnTime.ZONE).toInstant()))
                .isEmpty();
    }

    @Test
    void tooFewArticlesAreNotYetAReaction() {
        List<PolicyMention> week = List.of(
                story("s-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 2, 2, Duration.ofDays(1)));

        assertThat(RULE.evaluate(LAND, week, NOW)).isEmpty();
    }
}
