package vn.tinradar.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigDocumentTest {

    record Fetch(int timeoutMs, int maxRedirects) {
    }

    record Ingest(Fetch fetch, String userAgent) {
    }

    @Test
    void bindsKebabCaseKeysToRecordComponents() {
        ConfigDocument doc = ConfigDocument.parse("tinradar.yaml", """
                ingest:
                  user-agent: TinRadar/0.1
                  fetch:
                    timeout-ms: 5000
                    max-redirects: 5
                """);

        Ingest ingest = doc.bind("/ingest", Ingest.class);

        assertThat(ingest.userAgent()).isEqualTo("TinRadar/0.1");
        assertThat(ingest.fetch().timeoutMs()).isEqualTo(5000);
    }

    @Test
    void unknownKeyNamesFileAndLine() {
        ConfigDocument doc = ConfigDocument.parse("tinradar.yaml", """
                ingest:
                  fetch:
                    timeout-ms: 5000
                    max-redirect: 5
                """);

        assertThatThrownBy(() -> doc.bind("/ingest", Ingest.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("tinradar.yaml line 4: ")
                .hasMessageContaining("unknown key 'max-redirect'");
    }

    @Test
    void wrongTypeNamesFileAndLine() {
        ConfigDocument doc = ConfigDocument.parse("tinradar.yaml", """
                ingest:
                  fetch:
                    timeout-ms: năm giây
                """);

        assertThatThrownBy(() -> doc.bind("/ingest", Ingest.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("tinradar.yaml line 3: ingest.fetch.timeout-ms");
    }

    @Test
    void checkPointsAtTheOffendingValue() {
        ConfigDocument doc = ConfigDocument.parse("tinradar.yaml", """
                ingest:
                  fetch:
                    timeout-ms: -5
                """);

        assertThatThrownBy(() -> doc.check(false, "/ingest/fetch/timeout-ms", "must be > 0 but was -5"))
                .hasMessage("tinradar.yaml line 3: ingest.fetch.timeout-ms: must be > 0 but was -5");
    }

    @Test
    void userFileOverridesDefaultsAndKeepsItsOwnLines() {
        ConfigDocument defaults = ConfigDocument.parse("defaults.yaml", """
                ingest:
                  user-agent: TinRadar
                  fetch:
                    timeout-ms: 10000
                    max-redirects: 5
                """);
        ConfigDocument user = ConfigDocument.parse("mine.yaml", """
                # only what differs
                ingest:
                  fetch:
                    timeout-ms: 0
                """);

        ConfigDocument merged = user.overlay(defaults);

        assertThat(merged.bind("/ingest", Ingest.class)).isEqualTo(new Ingest(new Fetch(0, 5), "TinRadar"));
        assertThatThrownBy(() -> merged.check(false, "/ingest/fetch/timeout-ms", "must be > 0"))
                .hasMessageStartingWith("mine.yaml line 4:");
        assertThatThrownBy(() -> merged.check(false, "/ingest/fetch/max-redirects", "too many"))
                .hasMessageStartingWith("defaults.yaml line 5:");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> ConfigDocument.parse("sources.yaml", """
                sources:
                  - id: baolaocai
                    name: "Báo Lào Cai
                  - id: x
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("sources.yaml line ");
    }
}
