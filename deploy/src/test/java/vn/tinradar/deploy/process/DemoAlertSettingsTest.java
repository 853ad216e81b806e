package vn.tinradar.deploy.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.config.SettingsFiles;

class DemoAlertSettingsTest {

    private static final String DEMO_POLICY = """
            alerts:
              rules:
                draft-policies:
                  policies:
                    - id: ho-tro-thu-hoi-dat
                      name: "Dự thảo Nghị quyết quy định mức hỗ trợ khi Nhà nước thu hồi đất"
                      keywords: ["hỗ trợ thu hồi đất"]
                      consultation-from: 2026-11-04
                      consultation-to: 2026-12-05
            """;

    @TempDir
    Path dir;

    private Settings file(String yaml) throws Exception {
        return SettingsFiles.load(dir, yaml);
    }

    @Test
    void editedFileInTheDemoKeepsTheDemoPolicyAndTakesTheEdit() throws Exception {
        Settings edited = file("alerts:\n  rules:\n    topic-burst:\n      min-burst-score: 4.5\n");

        AlertsConfig c = TinRadarProcess.alertsSettings(edited, DEMO_POLICY);

        assertThat(c.rules().topicBurst().minBurstScore()).isEqualTo(4.5);
        assertThat(c.rules().draftPolicies().policies()).extracting(AlertsConfig.Policy::id)
                .containsExactly("ho-tro-thu-hoi-dat");
    }

    @Test
    void policiesOfTheFileReplaceTheDemoPolicy() throws Exception {
        Settings own = file("""
                alerts:
                  rules:
                    draft-policies:
                      policies:
                        - id: phi-cho
                          name: "Dự thảo quy định mức thu phí chợ"
                          keywords: ["phí chợ"]
                          consultation-from: 2026-11-20
                          consultation-to: 2026-12-20
                """);

        AlertsConfig c = TinRadarProcess.alertsSettings(own, DEMO_POLICY);

        assertThat(c.rules().draftPolicies().policies()).extracting(AlertsConfig.Policy::id).containsExactly("phi-cho");
    }

    @Test
    void outsideTheDemoTheFileIsTakenAsItIs() throws Exception {
        Settings plain = file("alerts:\n  rules:\n    topic-burst:\n      min-burst-score: 4.5\n");

        assertThat(TinRadarProcess.alertsSettings(plain, null).rules().draftPolicies().policies()).isEmpty();
    }
}
