package vn.tinradar.analyze.score.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Sentiment;

/**
 * The bundled lexicon read as a provincial information department reads the press: the tone of the event for the
 * public, not the words one by one (docs/labels/news-tone-guidelines.md; issue 11, "Sentiment that reads news").
 */
class NewsToneTest {

    private final LexiconSentimentScorer scorer = new LexiconSentimentScorer(SentimentLexicon.loadDefault());

    private String toneOf(String headline, String lead) {
        return scorer.score(headline, lead).label();
    }

    @Test
    void officialNoticeIsNeutral() {
        Sentiment s = scorer.score("Thông báo tạm ngừng cấp điện để bảo đảm an toàn thi công tại phường Kim Tân",
                "Điện lực Lào Cai thông báo tạm ngừng cấp điện từ 7 giờ đến 16 giờ ngày 12/3 để hoàn thành nâng cấp"
                        + " đường dây trung thế.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).first().isEqualTo("Thông báo");
    }

    @Test
    void disasterReportIsNegative() {
        assertThat(toneOf("Lũ quét cuốn trôi 12 nhà dân ở xã Bản Hồ, 2 người mất tích",
                "Trận lũ quét lúc rạng sáng đã cuốn trôi 12 nhà, vùi lấp hàng chục ha lúa của bà con thôn Hòa Lạc."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void consultationOnADraftIsNeutralThoughThePolicyNameSoundsGood() {
        assertThat(toneOf("Lấy ý kiến dự thảo Đề án phát triển du lịch cộng đồng bền vững, hiệu quả",
                "Sở Văn hóa, Thể thao và Du lịch đăng tải dự thảo để các tổ chức, cá nhân góp ý đến hết ngày 30/4."))
                .isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void weatherForecastIsNeutralThoughItNamesARisk() {
        assertThat(toneOf("Dự báo thời tiết Lào Cai ba ngày tới",
                "Vùng cao rét đậm, nhiệt độ thấp nhất ở Sa Pa từ 2 đến 4 độ C, có nguy cơ xảy ra băng giá cục bộ."))
                .isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void noticeWordInsideTheHeadlineDoesNotSilenceWhatItReports() {
        assertThat(toneOf("Hàng trăm hộ dân bức xúc tại hội nghị lấy ý kiến bảng giá đất",
                "Nhiều người cho rằng giá bồi thường thấp hơn giá thị trường."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void crimeSolvedIsStillNegative() {
        assertThat(toneOf("Bắt tạm giam đối tượng lừa đảo chiếm đoạt 2 tỷ đồng của người dân xã Gia Phú",
                "Công an tỉnh cho biết đối tượng giả danh cán bộ ngân hàng để vay tiền của 15 hộ dân."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void deathReportedWithoutAnyOtherHarmWordIsNegative() {
        assertThat(toneOf("Nghệ nhân hát then Hoàng Văn Páo qua đời ở tuổi 92", "Lễ viếng được tổ chức tại nhà riêng."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void groundbreakingThatCreatesJobsIsPositive() {
        assertThat(toneOf("Khởi công nhà máy chế biến chè tại xã Mường Hum, tạo việc làm cho 300 lao động",
                "Nhà máy có công suất 20 tấn chè búp tươi mỗi ngày, dự kiến đi vào hoạt động cuối năm sau."))
                .isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void oneHalfWeightWordInTheLeadLeavesAnItemNeutral() {
        Sentiment s = scorer.score("Lãnh đạo hai nước hội đàm tại Hà Nội",
                "Hai bên kỳ vọng sẽ đạt được thỏa thuận về thương mại trong năm nay.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).containsExactly("đạt");
    }

    @Test
    void warningOfAFloodThatHasNotHappenedIsNeutral() {
        Sentiment s = scorer.score("Mưa lớn kéo dài, cảnh báo ngập lụt tại nhiều xã vùng thấp của Bảo Yên",
                "Trung tâm Khí tượng Thủy văn tỉnh cảnh báo mực nước sông Chảy có thể lên nhanh trong đêm nay.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).contains("ngập lụt");
    }

    @Test
    void warningOfHarmAlreadyUnderWayAfterAColonIsNegative() {
        assertThat(toneOf("Cảnh báo: nhiều người dân Bát Xát bị lừa đảo qua cuộc gọi giả danh điện lực",
                "Công an tỉnh đã nhận được 12 đơn trình báo trong tuần qua."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void proposalIsNeutralThoughItsNameSoundsGood() {
        Sentiment s = scorer.score("Đề xuất hỗ trợ phát triển sinh kế bền vững cho hộ dân vùng tái định cư",
                "Sở Nông nghiệp và Môi trường trình UBND tỉnh phương án hỗ trợ giai đoạn 2026-2030.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).first().isEqualTo("Đề xuất");
    }

    @Test
    void villageLeftDevastatedByAStormIsNegative() {
        assertThat(toneOf("Bản Khoang tan hoang sau trận giông lốc đêm qua",
                "Người dân thôn Sín Chải dọn dẹp từ sáng sớm, chính quyền xã đang thống kê."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void peopleTrappedOutweighTheirRescueInTheLead() {
        assertThat(toneOf("Cây đổ đè ô tô trên quốc lộ 4D, 5 người mắc kẹt trong xe",
                "Lực lượng cứu hộ đã cưa cây, giải cứu các nạn nhân sau gần một giờ."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void stormSweepingThroughIsNegative() {
        assertThat(toneOf("Bão càn quét các xã ven biển, người dân hoang mang",
                "Gió giật cấp 12 kéo dài suốt đêm."))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void donationForStormVictimsIsPositive() {
        assertThat(toneOf("Tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 10",
                "Cán bộ, công chức các sở, ngành đóng góp một ngày lương giúp đỡ bà con vùng bão."))
                .isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void youthInstituteRecruitingIsNotAShortage() {
        assertThat(toneOf("Trung tâm Hoạt động thanh thiếu niên tỉnh thông báo tuyển dụng viên chức",
                "Thời gian nhận hồ sơ từ ngày 1/10 đến hết ngày 20/10."))
                .isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void runningOutOfMoneyIsNotAFire() {
        assertThat(toneOf("Sinh viên cháy túi giữa tháng chia sẻ cách chi tiêu",
                "Nhiều bạn trẻ ghi chép thu chi hằng ngày để không hết tiền trước kỳ nhận trợ cấp."))
                .isEqualTo(Sentiment.NEUTRAL);
    }
}
