package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Severity;

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
    void storySharingOnlyAFewWordsDoesNotMatch() {
        assertThat(rule("Sản phụ sinh ba an toàn tại bệnh viện huyện Bảo Yên").evaluate(
                Fixtures.fabricatedStory(2, 0.3))).isEmpty();
    }
}
