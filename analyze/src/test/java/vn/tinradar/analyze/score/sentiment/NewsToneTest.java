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
}
