package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Severity;

class WatchListRuleTest {

    private final WatchListRule rule = new WatchListRule(List.of(
            new AlertsConfig.WatchList("Bệnh viện Đa khoa tỉnh", List.of("benh vien tinh", "BVĐK tỉnh"),
                    Severity.WARNING),
            new AlertsConfig.WatchList("Dự án thủy điện", List.of("thủy điện"), null)));

    @Test
    void keywordWrittenWithoutDiacriticsMatchesTheStoryTitle() {
        List<Finding> findings = rule.evaluate(Fixtures.fabricatedStory(2, 0.2));

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.title()).isEqualTo("Theo dõi Bệnh viện Đa khoa tỉnh: “Bệnh viện tỉnh từ chối cấp cứu sản phụ”");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.signals().get(0).evidence()).contains("benh vien tinh");
    }

    @Test
    void keywordMustMatchWholeWords() {
        WatchListRule partial = new WatchListRule(List.of(
                new AlertsConfig.WatchList("Viện kiểm sát", List.of("vien kiem"), null)));
        assertThat(partial.evaluate(Fixtures.fabricatedStory(2, 0.2))).isEmpty();
    }
}
