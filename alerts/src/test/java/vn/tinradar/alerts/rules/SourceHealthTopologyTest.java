package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.SourceTier;

/** Rule source-health in the production topology, fed SourceStatus records as ingest publishes them. */
class SourceHealthTopologyTest {

    @TempDir
    Path stateDir;

    private final List<Alert> fired = new ArrayList<>();
    private RulesDriver rules;

    @BeforeEach
    void start() {
        AlertsConfig config = AlertsConfig.defaults();
        rules = new RulesDriver(() -> config, fired::add, stateDir);
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    @Test
    void failingPortalRaisesAWarningSayingWhatAndWhyInVietnamese() {
        rules.source(Fixtures.portal(SourceStatus.FAILING, Fixtures.T0));

        Alert alert = rules.newAlerts().get(0);
        assertThat(alert.rule()).isEqualTo("source-health");
        assertThat(alert.severity()).isEqualTo(Severity.WARNING);
        assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(alert.title()).isEqualTo("Không thu thập được tin từ nguồn Cổng TTĐT tỉnh Lào Cai");
        assertThat(alert.summary()).contains("(Cổng thông tin chính quyền): 5 lần lấy tin liên tiếp bị lỗi");
        assertThat(alert.signals()).extracting(s -> s.evidence())
                .anySatisfy(e -> assertThat(e).startsWith("Lỗi gần nhất lúc").endsWith("HTTP 503 Service Unavailable"))
                .contains("7/40 lượt lấy tin bị lỗi (18%)");
        assertThat(fired).hasSize(1);
    }

    @Test
    void silentForumIsOnlyInformation() {
        SourceStatus p = Fixtures.portal(SourceStatus.SILENT, Fixtures.T0);
        rules.source(new SourceStatus(p.v(), "dien-dan-yen-bai", "Diễn đàn Yên Bái quê tôi", SourceTier.FORUM_SOCIAL,
                p.state(), p.reason(), p.lastSuccess(), p.lastNewItem(), null, null, 30, 0, 180, p.observedAt()));

        Alert alert = rules.newAlerts().get(0);
        assertThat(alert.severity()).isEqualTo(Severity.INFO);
        assertThat(alert.title()).isEqualTo("Nguồn tin ngừng có bài mới: Diễn đàn Yên Bái quê tôi");
        assertThat(alert.signals()).extracting(s -> s.evidence()).contains("Thường cứ khoảng 3 giờ nguồn này có bài mới");
    }

    @Test
    void sourceBackToOkResolvesItsAlert() {
        rules.source(Fixtures.portal(SourceStatus.FAILING, Fixtures.T0));
        rules.source(Fixtures.portal(SourceStatus.OK, Fixtures.T0.plusSeconds(1800)));

        List<Alert> out = rules.newAlerts();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).id()).isEqualTo(out.get(0).id());
        assertThat(out.get(1).status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(out.get(1).revision()).isEqualTo(2);
        assertThat(out.get(1).signals()).extracting(s -> s.evidence())
                .contains("Nguồn Cổng TTĐT tỉnh Lào Cai hoạt động bình thường trở lại lúc 08:30 20/11/2026.");
    }

    @Test
    void healthySourceRaisesNothing() {
        rules.source(Fixtures.portal(SourceStatus.OK, Fixtures.T0));
        rules.source(Fixtures.portal(SourceStatus.OK, Fixtures.T0.plusSeconds(600)));

        assertThat(rules.newAlerts()).isEmpty();
    }

    @Test
    void failingAgainAfterRecoveryRaisesANewAlert() {
        rules.source(Fixtures.portal(SourceStatus.FAILING, Fixtures.T0));
        rules.source(Fixtures.portal(SourceStatus.OK, Fixtures.T0.plusSeconds(1800)));
        rules.source(Fixtures.portal(SourceStatus.SILENT, Fixtures.T0.plusSeconds(90_000)));

        List<Alert> out = rules.newAlerts();
        assertThat(out).hasSize(3);
        assertThat(out.get(2).id()).isNotEqualTo(out.get(0).id());
        assertThat(out.get(2).status()).isEqualTo(AlertStatus.FIRING);
        assertThat(out.get(2).revision()).isEqualTo(1);
        assertThat(fired).hasSize(2);
    }

    @Test
    void failingTurningSilentUpdatesTheSameAlert() {
        rules.source(Fixtures.portal(SourceStatus.FAILING, Fixtures.T0));
        rules.source(Fixtures.portal(SourceStatus.SILENT, Fixtures.T0.plusSeconds(3600)));

        List<Alert> out = rules.newAlerts();
        assertThat(out).extracting(Alert::id).containsOnly(out.get(0).id());
        assertThat(out.get(1).title()).startsWith("Nguồn tin ngừng có bài mới");
    }
}
