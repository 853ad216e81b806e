package vn.tinradar.analyze.score.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.score.Articles;
import vn.tinradar.analyze.score.gazetteer.Gazetteer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Relevance;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.province.Provinces;

/** Each rule of the salience decision on one sentence in the national press's manner (issue 10). */
class RelevanceJudgeTest {

    private static final Gazetteer LAO_CAI = Gazetteer.forProvince(Provinces.byName("Lào Cai"));
    private static final Gazetteer HA_NOI = Gazetteer.forProvince(Provinces.byName("Hà Nội"));
    private static final Gazetteer QUANG_TRI = Gazetteer.forProvince(Provinces.byName("Quảng Trị"));
    private static final RelevanceJudge JUDGE = new RelevanceJudge();

    private static Relevance judge(Gazetteer gazetteer, String title, String text) {
        Article a = national(title, text, false);
        return JUDGE.judge(a, gazetteer.read(a.fullText()));
    }

    private static Article national(String title, String text, boolean provinceSource) {
        return Articles.article("vnexpress", SourceTier.NATIONAL_PRESS, title, text, "PV",
                OffsetDateTime.parse("2026-02-03T08:00:00+07:00"), provinceSource);
    }

    @Test
    void provinceInTheTitleMakesItTheSubject() {
        Relevance r = judge(LAO_CAI, "Lào Cai: Khởi tố nhóm đối tượng buôn lậu vàng qua biên giới",
                "Cơ quan điều tra vừa khởi tố 5 bị can về tội buôn lậu.");

        assertThat(r.basis()).isEqualTo("title");
        assertThat(r.evidence()).containsExactly("title: \"Lào Cai\"");
    }

    @Test
    void communeInTheLeadMakesItTheSubject() {
        Relevance r = judge(LAO_CAI, "Cướp ngân hàng giữa trưa, cướp đi hơn 1 tỷ đồng",
                "Trưa 2/2, một người đàn ông đội mũ bảo hiểm xông vào phòng giao dịch ngân hàng ở phường Âu Lâu, "
                        + "tỉnh Lào Cai. Công an đang truy bắt nghi phạm.");

        assertThat(r.basis()).isEqualTo("lead");
        assertThat(r.relevant()).isTrue();
    }

    @Test
    void oneMentionInTheBodyThatNoRuleExplainsAwayStillCounts() {
        Relevance r = judge(LAO_CAI, "Hơn 1.300 xe thực phẩm kẹt ở cửa khẩu, hải quan ra văn bản khẩn",
                "Nghị định mới về kiểm tra an toàn thực phẩm nhập khẩu có hiệu lực từ ngày 27/1. Doanh nghiệp cho biết "
                        + "hàng nghìn lô hàng phải chờ hướng dẫn. Bộ Tài chính đang lấy ý kiến các bộ ngành. Theo thống kê "
                        + "của Cục Hải quan, tại cửa khẩu quốc tế Kim Thành (Lào Cai) có khoảng 300 xe nông sản đang chờ.");

        assertThat(r.basis()).isEqualTo("body");
    }

    @Test
    void defendantsHomeProvinceIsAPassingMention() {
        Relevance r = judge(LAO_CAI, "Tuyên án vụ lừa đảo chiếm đoạt 20 tỷ đồng",
                "Ngày 3/2, TAND TP Hà Nội mở phiên xét xử sơ thẩm. Bị cáo Nguyễn Văn T., quê Lào Cai, bị tuyên phạt 12 năm tù.");

        assertThat(r.basis()).isEqualTo("passing");
        assertThat(r.evidence()).containsExactly("passing (home): \"Lào Cai\"");
    }

    /** Issue 11: the held-out stream's school food poisoning in Quảng Trị was not relevant because of "bán trú". */
    @Test
    void semiBoardingSchoolsProvinceIsTheSubjectNotAHome() {
        Relevance r = judge(QUANG_TRI, "Nhiều học sinh nhập viện sau bữa sáng ở trường",
                "Sáng 26/9, nhiều học sinh Trường phổ thông dân tộc bán trú tiểu học Hòa Lạc (tỉnh Quảng Trị) phải "
                        + "đưa đi cấp cứu.");

        assertThat(r.basis()).isEqualTo("lead");
        assertThat(r.relevant()).isTrue();
    }

    @Test
    void sameLeadWithoutBanTruIsTheSubjectToo() {
        Relevance r = judge(QUANG_TRI, "Nhiều học sinh nhập viện sau bữa sáng ở trường",
                "Sáng 26/9, nhiều học sinh Trường phổ thông dân tộc tiểu học Hòa Lạc (tỉnh Quảng Trị) phải "
                        + "đưa đi cấp cứu.");

        assertThat(r.basis()).isEqualTo("lead");
    }

    @Test
    void residentWrittenTruFollowedByTheCommuneIsStillAPassingMention() {
        Relevance r = judge(QUANG_TRI, "Bắt đối tượng trộm cắp tài sản tại chợ đêm",
                "Công an TP Huế vừa bắt Lê Văn H. (SN 1995, trú xã Kim Ngân, tỉnh Quảng Trị) về hành vi trộm cắp.");

        assertThat(r.relevant()).isFalse();
        assertThat(r.evidence()).contains("passing (home): \"tỉnh Quảng Trị\"");
    }

    @Test
    void provinceInParenthesesAfterAPersonIsWhereTheyLive() {
        Relevance r = judge(HA_NOI, "Đăng video mẹ chồng mắng con dâu lên mạng: có vi phạm pháp luật?",
                "Theo luật sư, việc đăng video cần sự đồng ý của người trong video. Người đăng là chị Tr. (Hà Nội), "
                        + "sự việc xảy ra cuối năm 2024.");

        assertThat(r.evidence()).containsExactly("passing (home): \"Hà Nội\"");
    }

    @Test
    void provinceInAListOfExamSitesIsAPassingMention() {
        Relevance r = judge(LAO_CAI, "Công bố kết quả kỳ thi đánh giá tư duy đợt 1",
                "Kỳ thi được tổ chức tại 28 điểm thi. Ngoài Hà Nội, thí sinh dự thi tại Hưng Yên, Lào Cai, Thái Nguyên và "
                        + "Ninh Bình.");

        assertThat(r.evidence()).contains("passing (list): \"Lào Cai\"");
        assertThat(r.relevant()).isFalse();
    }

    @Test
    void twoProvincesPairedInTheTitleAreBothItsSubject() {
        Relevance r = judge(HA_NOI, "Cảnh rung lắc ở Hà Nội, Thanh Hóa do động đất ở Lào",
                "Nhiều người dân cảm nhận rung lắc vào chiều tối.");

        assertThat(r.basis()).isEqualTo("title");
    }

    @Test
    void provinceInTheBodyOfAWeatherReportIsAPassingMention() {
        Relevance r = judge(LAO_CAI, "Không khí lạnh tràn xuống miền Bắc, trời chuyển rét",
                "Theo Trung tâm Dự báo Khí tượng Thủy văn quốc gia, nhiệt độ giảm 3-5 độ C. Vùng núi cao như Sa Pa có "
                        + "nơi dưới 5 độ C.");

        assertThat(r.evidence()).containsExactly("passing (weather report): \"Sa Pa\"");
    }

    @Test
    void timeZoneIsAPassingMention() {
        Relevance r = judge(HA_NOI, "Kpop có khả năng thắng Grammy đầu tiên",
                "Lễ trao giải diễn ra tối 1/2 giờ Los Angeles (sáng 2/2 giờ Hà Nội).");

        assertThat(r.evidence()).containsExactly("passing (time zone): \"Hà Nội\"");
    }

    @Test
    void footballClubNamedAfterTheCityIsAPassingMention() {
        Relevance r = judge(HA_NOI, "CLB Công an Hà Nội hòa đáng tiếc ở Cúp C1 Đông Nam Á",
                "Đội bóng để đối thủ gỡ hòa ở phút bù giờ.");

        assertThat(r.evidence()).containsExactly("passing (club): \"Hà Nội\"");
    }

    @Test
    void universityInABiographyIsAPassingMention() {
        Relevance r = judge(HA_NOI, "Nữ diễn viên đóng vai chính trong phim giờ vàng là ai?",
                "Cô sinh năm 2000, nổi tiếng sau một bộ phim truyền hình. Trước đó, cô tốt nghiệp Trường Đại học Sân khấu - "
                        + "Điện ảnh Hà Nội.");

        assertThat(r.evidence()).containsExactly("passing (institution): \"Hà Nội\"");
    }

    @Test
    void universityNamedInTheTitleIsTheSubject() {
        Relevance r = judge(HA_NOI, "Đại học Bách khoa Hà Nội công bố kết quả thi đánh giá tư duy",
                "Gần 17.000 thí sinh đăng ký dự thi.");

        assertThat(r.basis()).isEqualTo("title");
    }

    @Test
    void shopAddressAfterItsLabelIsAPassingMention() {
        Relevance r = judge(HA_NOI, "Thương hiệu thời trang ra mắt bộ sưu tập mới",
                "Bộ sưu tập gồm 60 thiết kế. Sản phẩm được phân phối chính hãng. Địa chỉ cửa hàng: 24 Tràng Tiền, "
                        + "phường Hoàn Kiếm, Hà Nội.");

        assertThat(r.relevant()).isFalse();
        assertThat(r.evidence()).allSatisfy(e -> assertThat(e).startsWith("passing (credit or address)"));
    }

    @Test
    void oneBodyMentionUnderAnotherProvincesHeadlineIsNotEnough() {
        Relevance r = judge(HA_NOI, "Đà Nẵng: Bác sĩ nội trú sẽ được chi trả toàn bộ học phí",
                "Sở Y tế thành phố cho biết chính sách áp dụng từ năm học tới. Việc thu hút nhân lực y tế gặp nhiều khó "
                        + "khăn. Trước đó, Hà Nội vừa ban hành chính sách hỗ trợ một lần cho bác sĩ giỏi.");

        assertThat(r.basis()).isEqualTo("passing");
    }

    @Test
    void cityOfHoChiMinhAbbreviatedInTheHeadlineIsAnotherProvince() {
        String body = "Sở An toàn thực phẩm thành phố sẽ lập 20 đoàn kiểm tra các chợ đầu mối. Lực lượng chức năng "
                + "tập trung vào thịt, rau và bánh kẹo. Trước đó, Hà Nội cũng đã ra quân kiểm tra hàng Tết.";

        for (String city : new String[] {"TPHCM", "TP.HCM", "TP. Hồ Chí Minh"}) {
            Relevance r = judge(HA_NOI, city + ": Kiểm tra an toàn thực phẩm dịp Tết", body);

            assertThat(r.basis()).as(city).isEqualTo("passing");
        }
    }

    @Test
    void provinceOnlySourceIsRelevantWhateverItsMentions() {
        Article a = national("Hội nghị tổng kết công tác năm", "Bị cáo quê Lào Cai được giảm án.", true);

        assertThat(JUDGE.judge(a, LAO_CAI.read(a.fullText())).basis()).isEqualTo("province-source");
    }

    @Test
    void articleNamingNoPlaceOfTheProvinceHasNoEvidence() {
        Relevance r = judge(LAO_CAI, "Đà Nẵng khai trương cầu mới", "Cây cầu thứ 8 bắc qua sông Hàn.");

        assertThat(r.basis()).isEqualTo("none");
        assertThat(r.evidence()).isEmpty();
    }
}
