package vn.tinradar.common.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvincesTest {

    @Test
    void knowsTheThirtyFourUnitsFormedInJuly2025() {
        assertThat(Provinces.all()).hasSize(34).extracting(Province::name)
                .contains("Ninh Bình", "Hưng Yên", "Thành phố Hồ Chí Minh", "Lào Cai");
    }

    @Test
    void findsAProvinceWrittenWithItsUnitWordOrWithoutDiacritics() {
        assertThat(Provinces.byName("tỉnh Ninh Bình").code()).isEqualTo("37");
        assertThat(Provinces.byName("ninh binh").code()).isEqualTo("37");
        assertThat(Provinces.byName("TP. Hồ Chí Minh").name()).isEqualTo("Thành phố Hồ Chí Minh");
    }

    @Test
    void refusesAFormerProvinceSayingWhereItWentAndTheCloseNames() {
        assertThatThrownBy(() -> Provinces.byName("Hà Nam"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Hà Nam' is not one of the 34")
                .hasMessageContaining("Hà Nam is part of Ninh Bình")
                .hasMessageContaining("close names: ").hasMessageContaining("Thành phố Hà Nội");
    }

    @Test
    void suggestsCloseNamesForAMisspelling() {
        assertThat(Provinces.suggestions("Hung Yen")).first().isEqualTo("Hưng Yên");
        assertThat(Provinces.suggestions("Lao Kai")).contains("Lào Cai");
    }

    @Test
    void namesAProvinceInASentenceWithItsUnitWord() {
        assertThat(Provinces.byName("Hưng Yên").inSentence()).isEqualTo("tỉnh Hưng Yên");
        assertThat(Provinces.byName("Hồ Chí Minh").inSentence()).isEqualTo("Thành phố Hồ Chí Minh");
    }
}
