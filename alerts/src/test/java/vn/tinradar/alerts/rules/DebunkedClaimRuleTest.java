package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Story;

class DebunkedClaimRuleTest {

    private static DebunkedClaimRule rule(String claim) {
        return new DebunkedClaimRule(new AlertsConfig.DebunkedClaims(0.6, List.of(new AlertsConfig.Claim(
                "benh-vien-tu-choi", claim, "https://laocai.gov.vn/cai-chinh-benh-vien"))));
    }

    @Test
    void storyRepeatingACorrectedClaimIsUrgentAndLinksTheCorrection() {
        List<Finding> findings = rule("Bệnh viện tỉnh từ chối cấp cứu sản phụ").evaluate(
                Fixtures.fabricatedStory(2, 0.3));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(f.title()).startsWith("Tin đã được cải chính đang lan truyền trở lại");
            assertThat(f.suggestedAction()).startsWith("Xác minh và phối hợp")
                    .endsWith("https://laocai.gov.vn/cai-chinh-benh-vien");
            assertThat(f.signals().get(0).evidence()).startsWith("Trùng 100% cụm từ");
        });
    }

    @Test
    void storyCarryingAnalyzesDebunkedClaimSignalIsUrgentWithThatEvidence() {
        Story s = Fixtures.fabricatedStory(3, 0.8);
        Signal fromAnalyze = new Signal("debunked-claim", 0.92, "3 bài lặp lại tin đã được kết luận là tin sai sự "
                + "thật: “Bệnh viện tỉnh từ chối cấp cứu sản phụ” (Sở Y tế, 18/11/2026); thông tin chính thức: "
                + "https://laocai.gov.vn/cai-chinh-benh-vien (giống nhất: 92%)");
        Story withSignal = new Story(s.v(), s.id(), s.title(), s.firstSeen(), s.lastSeen(), s.firstSource(),
                s.articleCount(), s.copyCount(), s.sources(), s.tiers(), s.lowTierSources(), s.topics(), s.places(),
                s.negativeCount(), s.maxSuspicion(), List.of(s.suspicionSignals().get(0), fromAnalyze), s.articles(),
                s.suspicion(), s.suspicionReason());

        List<Finding> findings = new DebunkedClaimRule(new AlertsConfig.DebunkedClaims(0.6, List.of()))
                .evaluate(withSignal);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(f.groupKey()).isEqualTo("debunked-claim|analyze|story-benh-vien-tu-choi");
            assertThat(f.signals()).containsExactly(fromAnalyze);
            assertThat(f.articles()).hasSize(3);
        });
    }

    @Test
    void storyWithoutThatSignalAndNoConfiguredClaimsIsNotAFinding() {
        assertThat(new DebunkedClaimRule(new AlertsConfig.DebunkedClaims(0.6, List.of()))
                .evaluate(Fixtures.fabricatedStory(3, 0.8))).isEmpty();
    }

    @Test
    void storySharingOnlyAFewWordsDoesNotMatch() {
        assertThat(rule("Sản phụ sinh ba an toàn tại bệnh viện huyện Bảo Yên").evaluate(
                Fixtures.fabricatedStory(2, 0.3))).isEmpty();
    }
}
