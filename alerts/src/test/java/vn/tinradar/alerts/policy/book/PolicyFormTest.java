package vn.tinradar.alerts.policy.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T03:00:00Z"), ZoneOffset.UTC);

    private static PolicyForm form(String from, String to, List<String> keywords) {
        return new PolicyForm("bang-gia-dat-2026", "Dự thảo bảng giá đất tỉnh Lào Cai 2026", "Sở Nông nghiệp và Môi trường",
                from, to, keywords);
    }

    @Test
    void windowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> form("2026-12-01", "2026-11-01", List.of("bảng giá đất")).check("lan", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("consultationTo:");
    }

    @Test
    void policyWithoutAKeyTermIsRefused() {
        assertThatThrownBy(() -> form("2026-11-01", "2026-12-01", List.of(" ", "")).check("lan", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("keywords:");
    }

    @Test
    void dateNotInIsoFormIsRefusedWithItsField() {
        assertThatThrownBy(() -> form("01/11/2026", "2026-12-01", List.of("bảng giá đất")).check("lan", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("consultationFrom:");
    }

    @Test
    void oneDayWindowIsAccepted() {
        assertThat(form("2026-11-01", "2026-11-01", List.of("bảng giá đất")).check("lan", CLOCK).updatedBy())
                .isEqualTo("lan");
    }
}
