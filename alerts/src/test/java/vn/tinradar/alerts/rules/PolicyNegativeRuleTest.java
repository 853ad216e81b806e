package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Story;

class PolicyNegativeRuleTest {

    private static PolicyNegativeRule rule(LocalDate from, LocalDate to) {
        return new PolicyNegativeRule(new AlertsConfig.DraftPolicies(0.5, 3, 7, List.of(new AlertsConfig.Policy(
                "de-an-benh-vien", "Dự thảo Đề án sắp xếp bệnh viện tuyến tỉnh", List.of("bệnh viện tỉnh"),
                from, to))));
    }

    @Test
    void negativeStoryNamingAPolicyDuringItsConsultationFires() {
        Story story = Fixtures.fabricatedStory(4, 0.1);   // 3 of 4 articles negative

        List<Finding> findings = rule(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).evaluate(story);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.title()).startsWith("Dư luận tiêu cực về Dự thảo Đề án sắp xếp bệnh viện tuyến tỉnh");
            assertThat(f.summary()).contains("01/11/2026 – 30/11/2026").contains("3/4 bài");
        });
    }

    @Test
    void storyOutsideTheConsultationPeriodDoesNotFire() {
        assertThat(rule(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))
                .evaluate(Fixtures.fabricatedStory(4, 0.1))).isEmpty();
    }
}
