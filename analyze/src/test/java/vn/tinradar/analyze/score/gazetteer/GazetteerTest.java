package vn.tinradar.analyze.score.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.PlaceTag;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    @Test
    void tagsFormerDistrictWrittenWithItsPrefix() {
        List<PlaceTag> places = GAZETTEER.find("Mưa lớn kéo dài gây sạt lở nhiều tuyến đường tại huyện Văn Bàn.");

        assertThat(places).extracting(PlaceTag::level, PlaceTag::name, PlaceTag::matched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("former-district", "Huyện Văn Bàn", "huyện Văn Bàn"));
    }

    @Test
    void mapsFormerProvinceYenBaiToTodaysLaoCai() {
        List<PlaceTag> places = GAZETTEER.find("Tỉnh Yên Bái cũ có nhiều hồ thủy điện.");

        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("15");
            assertThat(p.name()).isEqualTo("Tỉnh Lào Cai");
            assertThat(p.matched()).isEqualTo("Tỉnh Yên Bái");
        });
    }

    @Test
    void mapsMergedAwayCommuneToTodaysCommune() {
        List<PlaceTag> places = GAZETTEER.find("Người dân thị trấn Khánh Yên đón Tết trong khu tái định cư mới.");

        assertThat(places).extracting(PlaceTag::name).containsExactly("Xã Văn Bàn");
        assertThat(places.get(0).matched()).isEqualTo("thị trấn Khánh Yên");
    }

    @Test
    void findsPlaceWrittenWithoutDiacritics() {
        List<PlaceTag> places = GAZETTEER.find("sat lo o xa bao ha lam 3 nguoi bi thuong");

        assertThat(places).extracting(PlaceTag::name).containsExactly("Xã Bảo Hà");
    }

    @Test
    void ignoresPlaceNameThatIsAnOrdinaryWordInLowerCase() {
        assertThat(GAZETTEER.find("Gia đình anh sống hạnh phúc bên bình minh trên núi.")).isEmpty();
    }

    @Test
    void ignoresOrdinaryWordPlaceNameOpeningASentence() {
        assertThat(GAZETTEER.find("Hạnh Phúc là điều mọi gia đình mong muốn.")).isEmpty();
    }

    @Test
    void acceptsOrdinaryWordPlaceNameWithItsPrefix() {
        assertThat(GAZETTEER.find("Hạnh phúc của bà con xã Hạnh Phúc (huyện Trạm Tấu cũ) là có đường mới."))
                .extracting(PlaceTag::name).containsExactly("Xã Hạnh Phúc", "Huyện Trạm Tấu");
    }

    @Test
    void bareYenBaiMeansTheFormerProvinceNotTheWard() {
        assertThat(GAZETTEER.find("Du khách đổ về Yên Bái mùa lúa chín."))
                .extracting(PlaceTag::name).containsExactly("Tỉnh Lào Cai");
    }

    @Test
    void communeNamedLikeAnotherProvinceNeedsAPlaceOfTheProvinceBeside() {
        assertThat(GAZETTEER.find("Khánh Hòa đón 3 triệu lượt khách quốc tế đến Nha Trang.")).isEmpty();
        assertThat(GAZETTEER.find("Mưa lớn ở huyện Văn Bàn cũ khiến Khánh Hòa bị chia cắt."))
                .extracting(PlaceTag::name).contains("Xã Khánh Hòa");
    }

    @Test
    void nameDoesNotSpanPunctuationOrLineBreaks() {
        assertThat(GAZETTEER.find("Tin từ miền Bắc,\nHà Nội và các tỉnh lân cận.")).isEmpty();
    }

    @Test
    void accentedTextMustCarryTheDiacriticsOnEverySyllable() {
        assertThat(GAZETTEER.find("Nhà văn hóa thôn nằm xa trung tâm xã nên bà con đi lại vất vả.")).isEmpty();
    }

    @Test
    void pressSpellingOfAFormerDistrictIsKnown() {
        assertThat(GAZETTEER.find("Ruộng bậc thang huyện Mù Cang Chải vào mùa nước đổ."))
                .extracting(PlaceTag::level).containsExactly("former-district");
    }

    @Test
    void cityAbbreviatedWithADotIsTheFormerCityNotTheProvince() {
        assertThat(GAZETTEER.find("Mưa lớn kéo dài khiến nhiều tuyến phố ở TP. Lào Cai ngập sâu."))
                .extracting(PlaceTag::id, PlaceTag::name, PlaceTag::level, PlaceTag::matched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("080", "Thành phố Lào Cai", "former-district",
                        "TP. Lào Cai"));
    }

    @Test
    void townAbbreviatedWithoutASpaceIsKnown() {
        assertThat(GAZETTEER.find("Cuối tuần, TX.Sa Pa đón hơn 30.000 lượt khách."))
                .extracting(PlaceTag::name, PlaceTag::matched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Thị xã Sa Pa", "TX.Sa Pa"));
    }

    @Test
    void districtAbbreviatedAsHIsTheFormerDistrict() {
        assertThat(GAZETTEER.find("Công an H. Bảo Yên đang điều tra vụ việc."))
                .extracting(PlaceTag::level, PlaceTag::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("former-district", "Huyện Bảo Yên"));
    }

    @Test
    void mergedTownWrittenWithoutDiacriticsTagsTodaysCommuneWithTheOldNameSeen() {
        assertThat(GAZETTEER.find("sat lo o thi tran pho rang, 2 nha bi vui lap"))
                .extracting(PlaceTag::id, PlaceTag::name, PlaceTag::level, PlaceTag::matched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("02947", "Xã Bảo Yên", "commune",
                        "thi tran pho rang"));
    }

    @Test
    void townAbbreviatedAsTtIsKnown() {
        assertThat(GAZETTEER.find("Chợ phiên TT Phố Ràng họp vào chủ nhật."))
                .extracting(PlaceTag::name).containsExactly("Xã Bảo Yên");
    }

    @Test
    void rejectsUnknownLevelNamingTheLine() {
        String tsv = "# header\n15\tTỉnh Lào Cai\tcountry\tLào Cai\t\n";

        assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "g.tsv"))
                .hasMessageContaining("g.tsv line 2").hasMessageContaining("country");
    }
}
