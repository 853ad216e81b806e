package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Trend;

class NegativeSurgeRuleTest {

    private final AlertsConfig config = AlertsConfig.defaults();
    private final NegativeSurgeRule rule = new NegativeSurgeRule(config.rules().negativeSurge(),
            config.rules().topicBurst().publicConcernTopics());

    private static Trend healthTopic(long count, long negative) {
        return new Trend(Trend.VERSION, Trend.TOPIC, "y-te", "Y tế, dịch bệnh", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), count, 3, 3.5, negative, 5, List.of("a1"), false);
    }

    @Test
    void mostlyNegativeHealthCoverageFiresWithShareAsEvidence() {
        Finding f = rule.evaluate(healthTopic(10, 8)).orElseThrow();

        assertThat(f.title()).isEqualTo("Tin tiêu cực tăng mạnh: Y tế, dịch bệnh");
        assertThat(f.topic()).isEqualTo("y-te");
        assertThat(f.signals().get(0).evidence()).isEqualTo("8/10 bài tiêu cực (80%, ngưỡng 60%)");
        assertThat(f.suggestedAction()).startsWith("Cung cấp thông tin chính thức");
    }

    @Test
    void balancedCoverageDoesNotFire() {
        assertThat(rule.evaluate(healthTopic(10, 4))).isEmpty();
    }

    @Test
    void topicPlaceTrendsAreLeftToTopicBurstByDefault() {
        assertThat(rule.evaluate(Fixtures.landslideTrend(10, 6))).isEmpty();
    }
}
