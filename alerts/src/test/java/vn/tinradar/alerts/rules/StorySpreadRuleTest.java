package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;

class StorySpreadRuleTest {

    private final AlertsConfig config = AlertsConfig.defaults();
    private final StorySpreadRule rule = new StorySpreadRule(config.rules().storySpread(),
            config.rules().topicBurst().publicConcernTopics());

    @Test
    void suspiciousStoryOnFourUnlicensedSitesIsUrgentAndAsksForVerification() {
        Finding f = rule.evaluate(Fixtures.fabricatedStory(4, 0.82)).orElseThrow();

        assertThat(f.severity()).isEqualTo(Severity.URGENT);
        assertThat(f.title()).startsWith("Tin nghi sai sự thật lan truyền trên 4 nguồn không chính thống");
        assertThat(f.suggestedAction()).startsWith("Xác minh và phối hợp");
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence()).startsWith("4 nguồn không phép")
                .contains("Tin Nóng Tây Bắc 1"));
        assertThat(f.storyId()).isEqualTo("story-benh-vien-tu-choi");
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence()).isEqualTo("3/4 bài mang sắc thái tiêu cực (75%)"));
        assertThat(f.articles()).hasSize(4);
    }

    @Test
    void sitesAndTelegramChannelsTogetherAreCountedAsSourcesNotAsPages() {
        Story sites = Fixtures.fabricatedStory(2, 0.82);
        List<ArticleRef> refs = new ArrayList<>(sites.articles());
        List<String> sources = new ArrayList<>(sites.sources());
        for (String channel : List.of("Tin nóng Tây Bắc (Telegram)", "Hóng biến Lào Cai (Telegram)")) {
            refs.add(Fixtures.ref("tg-" + refs.size(), "⚠️ KHẨN: Bệnh viện tỉnh từ chối cấp cứu sản phụ", channel,
                    SourceTier.FORUM_SOCIAL, 50 + refs.size()));
            sources.add(channel);
        }
        Story spread = new Story(sites.v(), sites.id(), sites.title(), sites.firstSeen(), sites.lastSeen(),
                sites.firstSource(), refs.size(), sites.copyCount(), sources,
                List.of(SourceTier.UNLICENSED_SITE, SourceTier.FORUM_SOCIAL), sources, sites.topics(), sites.places(),
                sites.negativeCount(), sites.maxSuspicion(), sites.suspicionSignals(), refs, sites.suspicion(),
                sites.suspicionReason());

        Finding f = rule.evaluate(spread).orElseThrow();

        assertThat(f.title()).startsWith("Tin nghi sai sự thật lan truyền trên 4 nguồn không chính thống");
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence())
                .startsWith("4 nguồn không phép (trang tin, diễn đàn, kênh mạng xã hội)")
                .contains("Hóng biến Lào Cai (Telegram)"));
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
                s.negativeCount(), s.maxSuspicion(), s.suspicionSignals(), s.articles().subList(3, 5), s.suspicion(),
                s.suspicionReason());

        assertThat(rule.evaluate(recentOnly)).hasValueSatisfying(f -> assertThat(f.title()).contains("trên 5 nguồn"));
    }

    @Test
    void alarmingStoryAlsoCarriedByTheProvincialPaperIsNotCalledFalse() {
        Story fake = Fixtures.fabricatedStory(4, 0.82);
        List<ArticleRef> refs = new ArrayList<>(fake.articles());
        refs.add(Fixtures.ref("bao-lao-cai-3", "Bệnh viện Đa khoa tỉnh thông tin về ca cấp cứu sản phụ", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 30));
        List<SourceTier> tiers = List.of(SourceTier.UNLICENSED_SITE, SourceTier.PROVINCIAL_PRESS);
        Story covered = new Story(fake.v(), fake.id(), fake.title(), fake.firstSeen(), fake.lastSeen(),
                fake.firstSource(), fake.articleCount() + 1, fake.copyCount(), fake.sources(), tiers,
                fake.lowTierSources(), fake.topics(), fake.places(), fake.negativeCount(), fake.maxSuspicion(),
                fake.suspicionSignals(), refs, 0.1, "Báo chí có phép hoặc cổng thông tin chính quyền đưa tin (Báo Lào Cai)");

        Finding f = rule.evaluate(covered).orElseThrow();

        assertThat(f.title()).startsWith("Tin lan truyền trên 4 nguồn không chính thống");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.signals()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("official-coverage");
            assertThat(s.evidence()).contains("Báo Lào Cai");
        });
    }

    @Test
    void suspiciousStoryNoOfficialPublicationCarriesSaysSo() {
        Finding f = rule.evaluate(Fixtures.fabricatedStory(4, 0.82)).orElseThrow();

        assertThat(f.signals()).extracting(Signal::name).contains("no-official-coverage");
    }
}
