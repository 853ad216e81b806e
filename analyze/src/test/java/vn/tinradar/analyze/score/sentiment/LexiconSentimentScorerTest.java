package vn.tinradar.analyze.score.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Sentiment;

class LexiconSentimentScorerTest {

    private final LexiconSentimentScorer scorer = new LexiconSentimentScorer(SentimentLexicon.loadDefault());

    @Test
    void negatedPositiveWordIsNegative() {
        Sentiment s = scorer.score(null, "Mô hình hỗ trợ sinh kế cho hộ nghèo triển khai không hiệu quả, gây lãng phí.");

        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.evidence()).anyMatch(e -> e.contains("không hiệu quả"));
    }

    @Test
    void noLongerFearingLandslidesIsNotNegative() {
        Sentiment s = scorer.score(null, "Nhờ kè chống sạt lở mới, người dân thôn Làng Giàng không còn lo sạt lở mỗi mùa mưa.");

        assertThat(s.label()).isNotEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void clearGoodNewsIsPositive() {
        Sentiment s = scorer.score("Lào Cai đón lượng khách du lịch tăng mạnh",
                "Sa Pa đạt kỷ lục về lượng khách, doanh thu du lịch tăng trưởng ấn tượng, người dân phấn khởi.");

        assertThat(s.label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(s.score()).isBetween(0.0, 1.0);
    }

    @Test
    void clauseAfterContrastOutweighsTheConcession() {
        Sentiment s = scorer.score(null,
                "Dự án đã được đầu tư lớn, nhưng công trình xuống cấp nghiêm trọng, gây bức xúc cho người dân.");

        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void headlineToneCountsMoreThanOneBodyWord() {
        Sentiment withBadHeadline = scorer.score("Sạt lở nghiêm trọng, nhiều hộ dân bị cô lập",
                "Chính quyền xã đã có mặt tại hiện trường.");

        assertThat(withBadHeadline.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(withBadHeadline.score()).isGreaterThanOrEqualTo(-1.0);
    }

    @Test
    void factualAnnouncementIsNeutral() {
        Sentiment s = scorer.score("Thông báo lịch tiếp công dân tháng 12",
                "Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân định kỳ vào thứ Năm hằng tuần tại trụ sở.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void nameOfAPolicyAmountIsNotGoodNews() {
        Sentiment s = scorer.score("Lấy ý kiến dự thảo quy định mức hỗ trợ khi Nhà nước thu hồi đất",
                "Dự thảo quy định mức hỗ trợ ổn định đời sống cho hộ gia đình bị thu hồi đất nông nghiệp.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).containsExactly("Lấy ý kiến");
    }

    @Test
    void feeRiseThatEmptiesAMarketIsBadNews() {
        Sentiment s = scorer.score("Phí thuê ki-ốt tăng gấp 3 lần, tiểu thương chợ xã bỏ sạp",
                "Ban quản lý chợ cho biết tăng phí để bảo đảm kinh phí sửa chữa, nhưng nhiều hộ buôn bán ế ẩm.");

        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.evidence()).contains("bỏ sạp", "ế ẩm");
    }

    @Test
    void correctionOfARumourIsNotBadNewsThoughItQuotesTheRumour() {
        Sentiment s = scorer.score("Bác bỏ tin đồn nước máy nhiễm độc ở phường Yên Bái",
                "Thông tin nước máy nhiễm hóa chất độc lan truyền trên mạng xã hội là sai sự thật. Kết quả xét nghiệm"
                        + " cho thấy nước bảo đảm chất lượng, người dân yên tâm sử dụng.");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).first().isEqualTo("Bác bỏ tin đồn");
    }

    @Test
    void rumourWithoutACorrectionKeepsItsTone() {
        Sentiment s = scorer.score("Nước máy phường Yên Bái nhiễm độc, dân hoang mang",
                "Nhiều hộ dân lo lắng vì nước có mùi lạ, nguy cơ ngộ độc.");

        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void complaintAboutADraftsAmountIsBadNewsForTheDraft() {
        Sentiment s = scorer.score("Lấy ý kiến chính sách hỗ trợ thu hồi đất: nhiều hộ dân phàn nàn mức hỗ trợ thấp",
                "Nhiều ý kiến cho rằng khoản hỗ trợ chưa theo kịp giá cả sinh hoạt.");

        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.evidence()).contains("phàn nàn", "mức hỗ trợ thấp", "chưa theo kịp");
    }
}
