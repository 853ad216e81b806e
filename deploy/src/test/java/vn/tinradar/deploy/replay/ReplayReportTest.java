package vn.tinradar.deploy.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.SourceTier;

class ReplayReportTest {

    @Test
    void anArticlePublishedLateInTheEveningUtcCountsOnTheNextVietnameseDay() {
        ScoredArticle lateNews = scored("a", "2026-02-02T18:30:00Z", true);

        List<ReplayDay> days = ReplayReport.days(List.of(lateNews), List.of(), List.of());

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(d.articles()).isEqualTo(1);
            assertThat(d.relevant()).isEqualTo(1);
        });
    }

    @Test
    void anAlertBelongsToTheDayOfItsEarliestArticleNotTheDayItWasRaised() {
        Alert burst = alert("topic-burst", "Sạt lở đất tại xã Mường Hum",
                List.of(ref("2026-02-04T09:00:00+07:00"), ref("2026-02-03T22:00:00+07:00")),
                Instant.parse("2026-12-06T05:00:00Z"));

        List<ReplayDay> days = ReplayReport.days(List.of(), List.of(), List.of(burst));

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(d.alertsByRule()).isEqualTo(Map.of("topic-burst", 1));
            assertThat(d.alertTitles()).containsExactly("topic-burst [FIRING] Sạt lở đất tại xã Mường Hum");
        });
    }

    private static ScoredArticle scored(String id, String published, boolean relevant) {
        Article a = new Article(Article.VERSION, id, "https://baolaocai.vn/" + id, "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, "Tin " + id, null, "Nội dung", null, null, null, "vi",
                OffsetDateTime.parse(published), null, "page", Instant.parse(published), "h-" + id, null, true);
        return new ScoredArticle(ScoredArticle.VERSION, a, relevant, List.of(), List.of(), null, null, "s-" + id,
                null, Instant.parse(published));
    }

    private static ArticleRef ref(String published) {
        return new ArticleRef("a-" + published, "Sạt lở đất", "https://baolaocai.vn/sat-lo", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, OffsetDateTime.parse(published));
    }

    private static Alert alert(String rule, String title, List<ArticleRef> articles, Instant raised) {
        return new Alert(Alert.VERSION, rule + "-1", rule, Severity.WARNING, AlertStatus.FIRING, title, "", "",
                List.of(), articles, null, null, null, raised, raised, raised, 1, null, null);
    }
}
