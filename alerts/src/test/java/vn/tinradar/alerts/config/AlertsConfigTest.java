package vn.tinradar.alerts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.common.event.Severity;

class AlertsConfigTest {

    private static AlertsConfig withUserFile(String yaml) {
        return AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", yaml)
                .overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    @Test
    void defaultsWriteToTheOutboxAndKnowThePublicConcernTopics() {
        AlertsConfig c = AlertsConfig.defaults();
        assertThat(c.email().smtp().configured()).isFalse();
        assertThat(c.rules().topicBurst().publicConcernTopics()).containsEntry("dat-dai", "Đất đai, đền bù");
        assertThat(c.email().minSeverity()).isEqualTo(Severity.INFO);
    }

    @Test
    void userFileOverridesThresholdsAndSmtp() {
        AlertsConfig c = withUserFile("""
                alerts:
                  rules:
                    topic-burst:
                      min-burst-score: 4.5
                  email:
                    smtp:
                      host: mail.laocai.gov.vn
                      tls: true
                """);
        assertThat(c.rules().topicBurst().minBurstScore()).isEqualTo(4.5);
        assertThat(c.rules().topicBurst().minCount()).isEqualTo(3);
        assertThat(c.email().smtp().host()).isEqualTo("mail.laocai.gov.vn");
        assertThat(c.email().smtp().tls()).isTrue();
    }

    @Test
    void negativeThresholdIsReportedAtItsLine() {
        assertThatThrownBy(() -> withUserFile("""
                alerts:
                  rules:
                    story-spread:
                      min-low-tier-sources: -2
                """)).isInstanceOf(ConfigException.class)
                .hasMessage("tinradar.yaml line 4: alerts.rules.story-spread.min-low-tier-sources: must be > 0 but was -2");
    }

    @Test
    void waitForStoriesBeyondTenMinutesIsReportedAtItsLine() {
        assertThatThrownBy(() -> withUserFile("""
                alerts:
                  wait-for-stories-seconds: 3600
                """)).isInstanceOf(ConfigException.class)
                .hasMessage("tinradar.yaml line 2: alerts.wait-for-stories-seconds: must be from 0 to 600 but was 3600");
    }

    @Test
    void anUrgentAnyToneTopicOutsideThePublicConcernListIsReportedAtItsLine() {
        assertThatThrownBy(() -> withUserFile("""
                alerts:
                  rules:
                    topic-burst:
                      urgent-any-tone-topics: [thien-tai, bong-da]
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("tinradar.yaml line 4")
                .hasMessageContaining("'bong-da', which is not one of public-concern-topics");
    }

    @Test
    void misspelledKeyIsReportedAtItsLine() {
        assertThatThrownBy(() -> withUserFile("""
                alerts:
                  email:
                    min-severty: urgent
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("tinradar.yaml line 3")
                .hasMessageContaining("unknown key 'min-severty'");
    }

    @Test
    void badRecipientInRouteIsReportedAtItsLine() {
        assertThatThrownBy(() -> withUserFile("""
                alerts:
                  routes:
                    - name: bao-yen
                      places: ["Xã Bảo Yên"]
                      email-to: [chu-tich-xa]
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("tinradar.yaml line 5")
                .hasMessageContaining("'chu-tich-xa'");
    }

    private static AlertsConfig withPolicy(String from, String to) {
        return withUserFile("""
                alerts:
                  rules:
                    draft-policies:
                      policies:
                        - id: ho-tro-dat-o
                          name: "Dự thảo Nghị quyết hỗ trợ đất ở"
                          keywords: ["hỗ trợ đất ở"]
                          consultation-from: %s
                          consultation-to: %s
                """.formatted(from, to));
    }

    @Test
    void draftPolicyBindsItsConsultationDatesAndRefusesThemReversed() {
        assertThat(withPolicy("2026-11-01", "2026-11-30").rules().draftPolicies().policies().get(0).consultationTo())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> withPolicy("2026-11-30", "2026-11-01")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("tinradar.yaml line 9");
    }

    @Test
    void reportIssuerCodeMustBeTheAgencysCodeInCapitals() {
        assertThatThrownBy(() -> withUserFile("""
                alerts:
                  report:
                    issuer:
                      code: "bc-sotttt"
                """)).isInstanceOf(ConfigException.class)
                .hasMessage("tinradar.yaml line 4: alerts.report.issuer.code: must be the agency's short code in "
                        + "capitals (e.g. STTTT) but was 'bc-sotttt'");
    }

    @Test
    void reportIssuerKeepsTheAgencyNameTheUserGives() {
        AlertsConfig c = withUserFile("""
                alerts:
                  report:
                    issuer:
                      agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
                      code: "SKHCN"
                """);
        assertThat(c.report().issuer().agency()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(c.report().issuer().signerTitle()).isEqualTo("GIÁM ĐỐC");
    }
}
