package vn.tinradar.analyze.score.suspicion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.score.Articles;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;

class SuspicionScorerTest {

    private final SuspicionScorer scorer = new SuspicionScorer(SuspicionLexicon.loadDefault(), null, null);

    private static final Article SENSATIONAL = Articles.article("tinnong24h", SourceTier.UNLICENSED_SITE,
            "SỐC: VỠ ĐẬP THỦY ĐIỆN Ở VĂN BÀN, HÀNG TRĂM NGƯỜI MẤT TÍCH!!!",
            "Khẩn cấp!!! Nghe nói đập thủy điện đã vỡ trong đêm, nước cuốn trôi cả bản. Chia sẻ ngay cho người thân "
                    + "để kịp chạy lũ, chính quyền đang giấu thông tin, cả xã hoang mang tột độ.",
            "Admin", null, false);

    private static final Article SOBER = Articles.article("baolaocai", SourceTier.PROVINCIAL_PRESS,
            "Văn Bàn khắc phục hậu quả mưa lũ tại xã Võ Lao",
            "Theo ông Nguyễn Văn Hùng, Chủ tịch UBND xã Võ Lao, trận mưa lớn đêm 18/11 làm sạt lở 3 điểm trên tuyến "
                    + "đường liên thôn. Ủy ban nhân dân xã đã huy động lực lượng dân quân cùng máy xúc thông tuyến "
                    + "trong buổi sáng, không có thiệt hại về người.",
            "Thu Hà", OffsetDateTime.parse("2026-11-19T16:40:00+07:00"), true);

    @Test
    void sensationalUnlicensedPostScoresHighWithEvidence() {
        Suspicion s = scorer.score(SENSATIONAL);

        assertThat(s.score()).isGreaterThan(0.8);
        assertThat(s.signals()).extracting(Signal::name)
                .contains("source-tier", "clickbait-wording", "all-caps", "exclamation", "no-attribution",
                        "anonymous-author", "no-date");
        assertThat(signal(s, "clickbait-wording").evidence()).containsIgnoringCase("chia sẻ ngay");
        assertThat(signal(s, "anonymous-author").evidence()).contains("Admin");
        assertThat(s.signals()).allSatisfy(g -> assertThat(g.evidence()).isNotBlank());
    }

    @Test
    void soberProvincialReportScoresLowWithoutSignals() {
        Suspicion s = scorer.score(SOBER);

        assertThat(s.score()).isLessThan(0.2);
        assertThat(s.signals()).extracting(Signal::name)
                .doesNotContain("source-tier", "clickbait-wording", "all-caps", "no-attribution", "no-date");
    }

    @Test
    void accentedPressWordsThatFoldLikeInsultsAreNotInsults() {
        Article tourism = Articles.provincial("Người lao động đi du lịch dịp nghỉ lễ tăng gấp 3 lần",
                "Theo Sở Văn hóa, Thể thao và Du lịch, kho hàng của các hợp tác xã cũng bán hết đặc sản; "
                        + "công an cảnh báo thủ đoạn lừa đảo qua mạng, may mắn chưa có ai bị lừa.");

        assertThat(scorer.score(tourism).signals()).extracting(Signal::name)
                .doesNotContain("toxicity", "clickbait-wording");
    }

    @Test
    void insultTypedWithoutDiacriticsStillCounts() {
        Article post = Articles.article("facebook", SourceTier.FORUM_SOCIAL, "",
                "may la do ngu, do khon nan, cut di", null, null, false);

        assertThat(scorer.score(post).signals()).extracting(Signal::name).contains("toxicity");
    }

    private static Signal signal(Suspicion s, String name) {
        return s.signals().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
