package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Story;

class StorySpreadRuleTest {

    private final AlertsConfig config = AlertsConfig.defaults();
    private final StorySpreadRule rule = new StorySpreadRule(config.rules().storySpread(),
            config.rules().topicBurst().publicConcernTopics());

    @Test
    void suspiciousStoryOnFourUnlicensedSitesIsUrgentAndAsksForVerification() {
        Finding f = rule.evaluate(Fixtures.fabricatedStory(4, 0.82)).orElseThrow();

        assertThat(f.severity()).isEqualTo(Severity.URGENT);
        assertThat(f.title()).startsWith("Tin nghi sai sự thật lan truyền trên 4 trang không chính thống");
        assertThat(f.suggestedAction()).startsWith("Xác minh và phối hợp");
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence()).startsWith("4 trang không phép")
                .contains("Tin Nóng Tây Bắc 1"));
        assertThat(f.storyId()).isEqualTo("story-benh-vien-tu-choi");
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence()).isEqualTo("3/4 bài mang sắc thái tiêu cực (75%)"));
        assertThat(f.articles()).hasSize(4);
    }

    @Test
    void plainStoryOnPublicConcernTopicAsksForOfficialInformation() {
        Finding f = rule.evaluate(Fixtures.fabricatedStory(3, 0.1)).orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.suggestedAction()).startsWith("Cung cấp thông tin chính thức");
    }

    @Test
    void storyOnTwoLowTierSitesDoesNotFire() {
        assertThat(rule.evaluate(Fixtures.fabricatedStory(2, 0.9))).isEmpty();
    }

    @Test
    void storyListingOnlyItsRecentArticlesStillCountsAllItsLowTierSources() {
        Story s = Fixtures.fabricatedStory(5, 0.2);
        Story recentOnly = new Story(s.v(), s.id(), s.title(), s.firstSeen(), s.lastSeen(), s.firstSource(),
                s.articleCount(), s.copyCount(), s.sources(), s.tiers(), s.lowTierSources(), s.topics(), s.places(),
                s.negativeCount(), s.maxSuspicion(), s.suspicionSignals(), s.articles().subList(3, 5));

        assertThat(rule.evaluate(recentOnly)).hasValueSatisfying(f -> assertThat(f.title()).contains("trên 5 trang"));
    }
}
