package vn.tinradar.alerts.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.province.Provinces;

class DocumentIssuerTest {

    private static DocumentIssuer issuerOf(String province) {
        return DocumentIssuer.of(AlertsConfig.defaults().report().issuer(), Provinces.find(province).orElseThrow());
    }

    @Test
    void dateLineWritesAZeroBeforeADayBelowTen() {
        assertThat(issuerOf("Lào Cai").dateLine(LocalDate.of(2026, 12, 6))).isEqualTo("Lào Cai, ngày 06 tháng 12 năm 2026");
    }

    @Test
    void dateLineWritesAZeroBeforeJanuaryAndFebruaryOnly() {
        DocumentIssuer laoCai = issuerOf("Lào Cai");
        assertThat(laoCai.dateLine(LocalDate.of(2027, 2, 15))).isEqualTo("Lào Cai, ngày 15 tháng 02 năm 2027");
        assertThat(laoCai.dateLine(LocalDate.of(2027, 3, 15))).isEqualTo("Lào Cai, ngày 15 tháng 3 năm 2027");
    }

    @Test
    void governingBodyDefaultsToTheProvincesPeoplesCommittee() {
        assertThat(issuerOf("Ninh Bình").governingBody()).isEqualTo("UBND TỈNH NINH BÌNH");
        assertThat(issuerOf("Thành phố Hồ Chí Minh").governingBody()).isEqualTo("UBND THÀNH PHỐ HỒ CHÍ MINH");
    }

    @Test
    void numberLineLeavesTheNumberBlankForRegistration() {
        assertThat(issuerOf("Lào Cai").numberLine()).matches("Số: +/BC-STTTT");
    }
}
