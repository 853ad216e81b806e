package vn.tinradar.analyze.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;

class DefaultArticleScorerTest {

    private static final ArticleScorer SCORER = DefaultArticleScorer.load(null);

    private static final Article LANDSLIDE = Articles.provincial("Sạt lở nghiêm trọng ở Văn Bàn, hàng chục hộ phải sơ tán",
            "Theo Ban chỉ huy phòng chống thiên tai tỉnh, mưa lớn kéo dài gây sạt lở tại xã Võ Lao và thị trấn Khánh Yên, "
                    + "nhiều tuyến đường bị chia cắt. Chính quyền đã di dời 27 hộ dân đến nơi an toàn.");

    @Test
    void articleNamingAPlaceOfTheProvinceIsRelevantWithEvidenceEverywhere() {
        ScoredArticle s = SCORER.score(LANDSLIDE);

        assertThat(s.relevant()).isTrue();
        assertThat(s.places()).isNotEmpty().allSatisfy(p -> assertThat(p.matched()).isNotBlank());
        assertThat(s.topics()).isNotEmpty().allSatisfy(t -> assertThat(t.evidence()).isNotEmpty());
        assertThat(s.sentiment().label()).isEqualTo("negative");
        assertThat(s.sentiment().evidence()).isNotEmpty();
        assertThat(s.suspicion().signals()).allSatisfy(g -> assertThat(g.evidence()).isNotBlank());
        assertThat(s.storyId()).isNull();
        assertThat(s.duplicateOf()).isNull();
    }

    @Test
    void nationalArticleAboutAnotherProvinceIsNotRelevant() {
        Article other = Articles.article("vnexpress", SourceTier.NATIONAL_PRESS, "Đà Nẵng khai trương cầu mới",
                "Thành phố Đà Nẵng đưa vào sử dụng cây cầu thứ 8 bắc qua sông Hàn.", "PV",
                OffsetDateTime.parse("2026-11-20T08:00:00+07:00"), false);

        assertThat(SCORER.score(other).relevant()).isFalse();
    }

    @Test
    void nationalArticleNamingTheProvinceOnlyAsADefendantsHomeIsNotRelevantAndSaysWhy() {
        Article trial = Articles.article("vnexpress", SourceTier.NATIONAL_PRESS, "Tuyên án vụ lừa đảo chiếm đoạt 20 tỷ đồng",
                "TAND TP Hà Nội xét xử sơ thẩm. Bị cáo Nguyễn Văn T., quê Lào Cai, bị tuyên phạt 12 năm tù.", "PV",
                OffsetDateTime.parse("2026-11-20T08:00:00+07:00"), false);

        ScoredArticle s = SCORER.score(trial);

        assertThat(s.relevant()).isFalse();
        assertThat(s.places()).isNotEmpty();
        assertThat(s.relevance().basis()).isEqualTo("passing");
        assertThat(s.relevance().evidence()).containsExactly("passing (home): \"Lào Cai\"");
    }

    @Test
    void provinceOnlySourceIsRelevantWithoutNamingAPlace() {
        Article local = Articles.article("baolaocai", SourceTier.PROVINCIAL_PRESS, "Hội nghị tổng kết công tác năm",
                "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm và triển khai kế hoạch năm tới.", "PV",
                OffsetDateTime.parse("2026-11-20T08:00:00+07:00"), true);

        ScoredArticle s = SCORER.score(local);

        assertThat(s.places()).isEmpty();
        assertThat(s.relevant()).isTrue();
    }

    @Test
    void givesTheSameResultFromManyThreads() throws Exception {
        ScoredArticle expected = SCORER.score(LANDSLIDE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScoredArticle>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> SCORER.score(LANDSLIDE)));
            }
            for (Future<ScoredArticle> r : results) {
                ScoredArticle s = r.get();
                assertThat(s.places()).isEqualTo(expected.places());
                assertThat(s.topics()).isEqualTo(expected.topics());
                assertThat(s.sentiment()).isEqualTo(expected.sentiment());
                assertThat(s.suspicion()).isEqualTo(expected.suspicion());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
