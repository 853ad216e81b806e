package vn.tinradar.analyze.score.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.TopicScore;

class KeywordTopicScorerTest {

    private static final TopicTaxonomy TAXONOMY = TopicTaxonomy.loadDefault();
    private final KeywordTopicScorer scorer = new KeywordTopicScorer(TAXONOMY);

    @Test
    void taxonomyHasAtLeastFifteenTopicsEachWithRules() {
        assertThat(TAXONOMY.topics()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(TAXONOMY.topics().keySet()).allSatisfy(id ->
                assertThat(TAXONOMY.rules()).anyMatch(r -> r.topicId().equals(id)));
    }

    @Test
    void landslideReportIsNaturalDisaster() {
        List<TopicScore> topics = scorer.score("Sạt lở đất vùi lấp nhà dân ở Bát Xát",
                "Mưa lớn kéo dài gây lũ quét và sạt lở, nhiều tuyến đường bị chia cắt, người dân phải sơ tán.");

        assertThat(topics).first().satisfies(t -> {
            assertThat(t.label()).isEqualTo("thien-tai");
            assertThat(t.evidence()).contains("sạt lở");
        });
    }

    @Test
    void compensationDisputeIsLand() {
        List<TopicScore> topics = scorer.score("Người dân khiếu nại giá đền bù thu hồi đất làm cao tốc",
                "Nhiều hộ dân cho rằng mức bồi thường giải phóng mặt bằng thấp, chưa bố trí tái định cư.");

        assertThat(topics).extracting(TopicScore::label).first().isEqualTo("dat-dai");
    }

    @Test
    void articleCanHaveSeveralTopics() {
        List<TopicScore> topics = scorer.score("Khởi tố cán bộ địa chính nhận hối lộ khi cấp sổ đỏ",
                "Cơ quan điều tra đã khởi tố bị can về tội nhận hối lộ liên quan đến cấp giấy chứng nhận quyền sử dụng đất.");

        assertThat(topics).extracting(TopicScore::label).contains("dat-dai").anyMatch(l -> !l.equals("dat-dai"));
    }

    @Test
    void matchesRulesWrittenWithoutDiacritics() {
        assertThat(scorer.score("Sat lo tai Bat Xat", "mua lon gay lu quet, sat lo dat"))
                .extracting(TopicScore::label).contains("thien-tai");
    }

    @Test
    void longerPhraseWithAnotherMeaningKeepsAShortRuleFromFiring() {
        List<TopicScore> topics = scorer.score("Ngân hàng yêu cầu khách hàng cập nhật thông tin giao dịch",
                "Khách hàng cần đánh giá nhu cầu trước khi dùng dịch vụ.");

        assertThat(topics).extracting(TopicScore::label).doesNotContain("ha-tang-xay-dung", "y-te", "gia-ca-phi-thue");
    }
}
