package vn.tinradar.alerts.policy.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.DraftPolicy;

class PolicyMergeTest {

    private static final AlertsConfig.Policy SETTINGS = new AlertsConfig.Policy("bang-gia-dat-2026",
            "Dự thảo bảng giá đất", List.of("bảng giá đất"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private static DraftPolicy dashboard(String id, LocalDate to) {
        return new DraftPolicy(DraftPolicy.VERSION, id, "Dự thảo bảng giá đất (gia hạn)", "Sở Nông nghiệp và Môi trường",
                LocalDate.of(2026, 11, 1), to, List.of("bảng giá đất"), "lan", Instant.parse("2026-11-20T02:00:00Z"));
    }

    @Test
    void dashboardEntryTakesThePlaceOfTheSettingsPolicyWithTheSameId() {
        List<ListedPolicy> merged = PolicyMerge.merge(List.of(SETTINGS),
                List.of(dashboard("bang-gia-dat-2026", LocalDate.of(2026, 12, 15))));
        assertThat(merged).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(ListedPolicy.DASHBOARD_OVER_SETTINGS);
            assertThat(p.policy().consultationTo()).isEqualTo(LocalDate.of(2026, 12, 15));
        });
    }

    @Test
    void settingsPolicyWithoutDashboardEntryIsListedAsFromTheSettings() {
        assertThat(PolicyMerge.merge(List.of(SETTINGS), List.of(dashboard("khac", LocalDate.of(2026, 12, 1)))))
                .extracting(ListedPolicy::origin).containsExactly(ListedPolicy.SETTINGS, ListedPolicy.DASHBOARD);
    }
}
