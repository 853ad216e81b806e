package vn.tinradar.analyze.score.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.province.Provinces;

/** The bundled gazetteers of provinces other than the default: old names, abbreviations, shared names. */
class ProvinceGazetteerTest {

    private static final Gazetteer NINH_BINH = Gazetteer.forProvince(Provinces.byName("Ninh Bình"));
    private static final Gazetteer HUNG_YEN = Gazetteer.forProvince(Provinces.byName("Hưng Yên"));
    private static final Gazetteer HO_CHI_MINH = Gazetteer.forProvince(Provinces.byName("Thành phố Hồ Chí Minh"));

    @Test
    void districtOfFormerHaNamBelongsToTodaysNinhBinh() {
        assertThat(NINH_BINH.find("Nông dân huyện Kim Bảng, tỉnh Hà Nam thu hoạch lúa xuân."))
                .extracting(PlaceTag::level, PlaceTag::name, PlaceTag::matched).containsExactly(
                        tuple("former-district", "Thị xã Kim Bảng", "huyện Kim Bảng"),
                        tuple("former-province", "Tỉnh Ninh Bình", "tỉnh Hà Nam"));
    }

    @Test
    void formerProvinceNamedAloneMeansTodaysProvince() {
        assertThat(HO_CHI_MINH.find("Bình Dương thu hút thêm 2 tỉ USD vốn FDI."))
                .extracting(PlaceTag::id, PlaceTag::level).containsExactly(tuple("79", "former-province"));
    }

    @Test
    void pressAbbreviationOfTheCityIsTheProvince() {
        assertThat(HO_CHI_MINH.find("Giá nhà ở TP.HCM tiếp tục tăng trong quý III."))
                .extracting(PlaceTag::level).containsExactly("province");
    }

    @Test
    void districtAbbreviatedAsQIsTheFormerUrbanDistrict() {
        assertThat(HO_CHI_MINH.find("Ùn tắc kéo dài trên đường Nguyễn Huệ, Q.1 chiều qua."))
                .extracting(PlaceTag::level, PlaceTag::name).containsExactly(tuple("former-district", "Quận 1"));
    }

    @Test
    void numberedWardWithItsFormerDistrictIsTodaysWard() {
        assertThat(HO_CHI_MINH.find("Cháy nhà dân trên đường Trần Quốc Thảo, phường 9, quận 3 rạng sáng nay."))
                .extracting(PlaceTag::level, PlaceTag::name).contains(tuple("commune", "Phường Nhiêu Lộc"));
    }

    @Test
    void numberedWardAbbreviatedAsThePressWritesItIsTodaysWard() {
        assertThat(HO_CHI_MINH.find("Người dân P.9, Q.3 phản ánh tình trạng ngập sau mưa lớn."))
                .extracting(PlaceTag::level, PlaceTag::name).contains(tuple("commune", "Phường Nhiêu Lộc"));
    }

    @Test
    void numberedWardAloneNamesNoWard() {
        assertThat(HO_CHI_MINH.find("Tổ dân phố 4, phường 9 tổ chức ngày hội đại đoàn kết."))
                .extracting(PlaceTag::level).doesNotContain("commune");
    }

    @Test
    void districtOfTheFormerCityIsKnownWithItsAbbreviation() {
        assertThat(HUNG_YEN.find("Khu công nghiệp ở H. Văn Lâm tuyển thêm 500 lao động."))
                .extracting(PlaceTag::name).containsExactly("Huyện Văn Lâm");
    }

    @Test
    void sharedNameWrittenBareWithNothingElseIsNotTagged() {
        // "Quang Trung" names units in several provinces: on its own it says nothing about Ninh Bình
        assertThat(NINH_BINH.find("Người dân ở Quang Trung đổ rác đúng giờ.")).isEmpty();
    }

    @Test
    void sharedCommuneWithItsUnitWordAndNoOtherProvinceIsTheConfiguredProvincesOwn() {
        // "xã Thanh Bình" is also a commune of other provinces; a text naming none of them means Ninh Bình's
        assertThat(NINH_BINH.find("Người dân xã Thanh Bình đổ rác đúng giờ."))
                .extracting(PlaceTag::level, PlaceTag::name).containsExactly(tuple("commune", "Xã Thanh Bình"));
    }

    @Test
    void sharedCommuneWithItsUnitWordInATextAboutAnotherProvinceIsNotOurs() {
        assertThat(NINH_BINH.find("Người dân xã Thanh Bình đổ rác đúng giờ, Lạng Sơn khen ngợi.")).isEmpty();
    }

    @Test
    void sharedCommuneNameFollowedByAnotherProvinceIsTheirs() {
        assertThat(NINH_BINH.find("Ninh Bình cử đoàn thăm phường Quang Trung, tỉnh Thái Nguyên."))
                .extracting(PlaceTag::level).containsExactly("province");
    }

    @Test
    void sharedCommuneNameBesideThePlacesOfTheProvinceIsOurs() {
        assertThat(NINH_BINH.find("Ngập sâu ở phường Quang Trung, thành phố Phủ Lý sau mưa lớn."))
                .extracting(PlaceTag::level).contains("commune", "former-district");
    }

    @Test
    void anotherProvincesDistrictIsNotTagged() {
        assertThat(HUNG_YEN.find("Huyện Kim Bảng (Hà Nam) khởi công cầu mới.")).isEmpty();
    }
}
