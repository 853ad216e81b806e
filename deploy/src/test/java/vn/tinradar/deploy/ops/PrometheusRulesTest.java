package vn.tinradar.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus files under deploy/ops/prometheus are checked and their alert rules tried on the cases of
 * {@code alert-rules.test.yml} with promtool, as Prometheus itself would read them. Issue 12: three rules misfired.
 */
class PrometheusRulesTest {

    private static final Path DIR = Path.of("ops", "prometheus");

    @Test
    void prometheusConfigIsValidAndFindsItsRuleFile() throws Exception {
        Promtool.Result result = Promtool.onPath().run(DIR, "check", "config", "prometheus.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("1 rule files found");
    }

    @Test
    void alertRulesPassEveryCaseOfTheirTestFile() throws Exception {
        Promtool.Result result = Promtool.onPath().run(DIR, "test", "rules", "alert-rules.test.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
