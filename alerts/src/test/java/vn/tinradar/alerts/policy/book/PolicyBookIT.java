package vn.tinradar.alerts.policy.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * Draft policies entered in the dashboard on a real broker: saved to the compacted topic, joined to the settings'
 * ones (the dashboard's entry of the same id wins), and still there for a fresh instance; deleted with a tombstone,
 * which a fresh instance honours too, while a policy of the settings file is refused. A malformed form is refused
 * before anything is written ({@link PolicyFormTest}). Each test uses its own ids: the topic is shared.
 */
class PolicyBookIT {

    private static final Topics TOPICS = new Topics("pb.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    @TempDir
    static Path dir;

    private static AlertsConfig config() {
        return AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  rules:
                    draft-policies:
                      policies:
                        - id: bang-gia-dat-2026
                          name: "Dự thảo bảng giá đất tỉnh Lào Cai 2026"
                          keywords: ["bảng giá đất"]
                          consultation-from: 2026-11-01
                          consultation-to: 2026-11-30
                        - id: phi-ve-sinh-2026
                          name: "Dự thảo Nghị quyết giá dịch vụ thu gom rác thải sinh hoạt 2026"
                          keywords: ["giá dịch vụ thu gom rác"]
                          consultation-from: 2026-11-15
                          consultation-to: 2026-12-15
                """).overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    private static AlertsService running(String dataDir) throws InterruptedException {
        AlertsService service = new AlertsService(config(), TOPICS, KAFKA.broker().kafka(), dir.resolve(dataDir),
                new SimpleMeterRegistry());
        service.start();
        TestBroker.await(() -> service.streams().state() == KafkaStreams.State.RUNNING, "alerts app running");
        return service;
    }

    @Test
    void savedPolicyJoinsTheSettingsAndOutlivesTheInstance() throws Exception {
        try (AlertsService first = running("first")) {
            first.policyBook().save(new PolicyForm("bang-gia-dat-2026", "Dự thảo bảng giá đất tỉnh Lào Cai 2026",
                    "Sở Nông nghiệp và Môi trường", "2026-11-01", "2026-12-15", List.of("bảng giá đất", "giá đất")),
                    "admin");
            first.policyBook().save(new PolicyForm("thu-hoi-dat-sa-pa", "Dự thảo Quy định bồi thường khi thu hồi đất",
                    "UBND tỉnh", "2026-11-10", "2026-12-10", List.of("thu hồi đất")), "admin");

            assertThat(first.policies()).extracting(p -> p.policy().id() + " " + p.origin()).containsExactly(
                    "bang-gia-dat-2026 " + ListedPolicy.DASHBOARD_OVER_SETTINGS,
                    "phi-ve-sinh-2026 " + ListedPolicy.SETTINGS, "thu-hoi-dat-sa-pa " + ListedPolicy.DASHBOARD);
            assertThat(first.policies().get(0).policy().keywords()).containsExactly("bảng giá đất", "giá đất");
        }
        try (AlertsService fresh = running("fresh")) {
            TestBroker.await(() -> fresh.policies().size() == 3, "the saved policies on a fresh instance");
            assertThat(fresh.policies().get(2).agency()).isEqualTo("UBND tỉnh");
        }
    }

    @Test
    void deletingForgetsADashboardEntryEverywhereButRefusesAPolicyOfTheSettingsFile() throws Exception {
        try (AlertsService first = running("delete-first")) {
            first.policyBook().save(new PolicyForm("bang-gia-dat-2026", "Dự thảo bảng giá đất (bản sửa)",
                    "Sở Nông nghiệp và Môi trường", "2026-11-01", "2026-11-20", List.of("bảng giá đất")), "admin");
            first.policyBook().save(new PolicyForm("phi-bao-ve-moi-truong", "Dự thảo Nghị quyết phí bảo vệ môi trường"
                    + " đối với khai thác khoáng sản", "Sở Tài chính", "2026-11-05", "2026-12-05",
                    List.of("phí bảo vệ môi trường")), "admin");

            assertThat(first.deletePolicy("bang-gia-dat-2026", "admin")).get()
                    .extracting(AlertsConfig.Policy::name).isEqualTo("Dự thảo bảng giá đất tỉnh Lào Cai 2026");
            assertThat(first.deletePolicy("phi-bao-ve-moi-truong", "admin")).isEmpty();
            assertThatThrownBy(() -> first.deletePolicy("phi-ve-sinh-2026", "admin"))
                    .isInstanceOf(SettingsPolicyLocked.class).hasMessageContaining("'phi-ve-sinh-2026'")
                    .hasMessageContaining("tệp cấu hình");
            assertThatThrownBy(() -> first.deletePolicy("khong-co-du-thao-nay", "admin"))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("khong-co-du-thao-nay");

            assertThat(first.policies()).extracting(p -> p.policy().id() + " " + p.origin())
                    .contains("bang-gia-dat-2026 settings", "phi-ve-sinh-2026 settings")
                    .noneMatch(s -> s.startsWith("phi-bao-ve-moi-truong"));
        }
        try (AlertsService fresh = running("delete-fresh")) {
            TestBroker.await(() -> fresh.policyBook().current().stream().noneMatch(p -> p.id().equals("bang-gia-dat-2026"))
                    && fresh.policies().stream().anyMatch(p -> p.policy().id().equals("bang-gia-dat-2026")),
                    "the settings' policy back on a fresh instance");
            assertThat(fresh.policies()).extracting(p -> p.policy().id()).doesNotContain("phi-bao-ve-moi-truong");
        }
    }
}
