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

    @Test
    void aReportOnTheDemosDataDirFollowsTheDemoPolicyAsTheDashboardDoes() throws Exception {
        // issue 14: `report --year` against a running demo did not see the demo's draft
        Settings plain = file("alerts:\n  rules:\n    topic-burst:\n      min-burst-score: 4.5\n");
        Path dataDir = java.nio.file.Files.createDirectories(dir.resolve("data"));
        java.nio.file.Files.writeString(dataDir.resolve(TinRadarProcess.DEMO_ALERTS_FILE), DEMO_POLICY);

        AlertsConfig c = TinRadarProcess.alertsSettingsOn(plain, dataDir);

        assertThat(TinRadarProcess.demoRanOn(dataDir)).isTrue();
        assertThat(c.rules().draftPolicies().policies()).extracting(AlertsConfig.Policy::id)
                .containsExactly("ho-tro-thu-hoi-dat");
    }

    @Test
    void aReportOnAnotherDataDirHasOnlyTheSettingsPolicies() throws Exception {
        Settings plain = file("alerts:\n  rules:\n    topic-burst:\n      min-burst-score: 4.5\n");

        assertThat(TinRadarProcess.alertsSettingsOn(plain, dir.resolve("no-demo-here")).rules().draftPolicies()
                .policies()).isEmpty();
        assertThat(TinRadarProcess.demoRanOn(dir.resolve("no-demo-here"))).isFalse();
    }
}
