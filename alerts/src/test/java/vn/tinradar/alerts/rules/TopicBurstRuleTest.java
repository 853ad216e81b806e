package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Trend;

class TopicBurstRuleTest {

    private final TopicBurstRule rule = new TopicBurstRule(AlertsConfig.defaults().rules().topicBurst(),
            id -> Optional.empty());

    @Test
    void burstOfLandslideNewsInACommuneExplainsItselfInVietnamese() {
        Finding f = rule.evaluate(Fixtures.landslideTrend(9, 6.5)).orElseThrow();

        assertThat(f.title()).isEqualTo("Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Bảo Hà");
        assertThat(f.severity()).isEqualTo(Severity.URGENT);
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence())
                .contains("Chỉ số đột biến 6,5").contains("9 bài so với mức nền 1,5 bài"));
        assertThat(f.suggestedAction()).startsWith("Cung cấp thông tin chính thức");
        assertThat(f.groupKey()).isEqualTo("topic-burst|thien-tai|15265");
    }

    @Test
    void belowThresholdBurstDoesNotFire() {
        assertThat(rule.evaluate(Fixtures.landslideTrend(9, 2.0))).isEmpty();
    }

    @Test
    void backfilledWindowDoesNotFire() {
        Trend t = Fixtures.landslideTrend(9, 6.5);
        Trend late = new Trend(t.v(), t.kind(), t.key(), t.label(), t.windowStart(), t.windowEnd(), t.count(),
                t.baseline(), t.burstScore(), t.negativeCount(), t.sourceCount(), t.sampleArticleIds(), true);
        assertThat(rule.evaluate(late)).isEmpty();
    }

    @Test
    void topicOutsideThePublicConcernListDoesNotFire() {
        Trend t = Fixtures.landslideTrend(9, 6.5);
        Trend tourism = new Trend(t.v(), t.kind(), "du-lich@15001", "du-lich – Phường Sa Pa", t.windowStart(),
                t.windowEnd(), 30, 2, 15, 0, 6, t.sampleArticleIds(), false);
        assertThat(rule.evaluate(tourism)).isEmpty();
    }

    @Test
    void keyWithOtherSeparatorAndPlainLabelStillNamesThePlace() {
        assertThat(TopicPlace.parse("thien-tai|xa-bao-ha", "Thiên tai tại Xã Bảo Hà").place()).isEqualTo("Xã Bảo Hà");
        assertThat(TopicPlace.parse("thien-tai@15265", null).place()).isEqualTo("15265");
    }
}
