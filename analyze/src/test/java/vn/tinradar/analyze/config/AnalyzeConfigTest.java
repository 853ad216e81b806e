package vn.tinradar.analyze.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.config.ConfigException;

/** Binding {@code /analyze} over the bundled defaults. */
class AnalyzeConfigTest {

    @Test
    void defaultsBindWithBundledModels() {
        AnalyzeConfig c = AnalyzeConfig.defaults();

        assertThat(c.modelsDir()).isNull();
        assertThat(c.trendWindowMinutes()).isEqualTo(60);
        assertThat(c.trendAdvanceMinutes()).isEqualTo(5);
        assertThat(c.storyWindowHours()).isEqualTo(72);
    }

    @Test
    void userValueOverridesDefault() {
        ConfigDocument user = ConfigDocument.parse("tinradar.yaml", "analyze:\n  story-window-hours: 48\n");

        assertThat(AnalyzeConfig.from(user.overlay(ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE)))
                .storyWindowHours()).isEqualTo(48);
    }

    @Test
    void windowThatIsNotAMultipleOfTheHopNamesFileAndKey() {
        ConfigDocument user = ConfigDocument.parse("tinradar.yaml", "analyze:\n  trend-window-minutes: 62\n");

        assertThatThrownBy(() -> AnalyzeConfig.from(user.overlay(
                ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tinradar.yaml").hasMessageContaining("trend-window-minutes");
    }

    @Test
    void coordinatedPostingByOneAccountIsRefusedWithItsLine() {
        ConfigDocument user = ConfigDocument.parse("tinradar.yaml",
                "analyze:\n  story-window-hours: 48\n  coordinated-min-accounts: 1\n");

        assertThatThrownBy(() -> AnalyzeConfig.from(user.overlay(
                ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tinradar.yaml line 3").hasMessageContaining("coordinated-min-accounts")
                .hasMessageContaining("must be >= 2 but was 1");
    }
}
