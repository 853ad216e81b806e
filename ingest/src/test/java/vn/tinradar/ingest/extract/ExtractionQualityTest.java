package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor's measured quality on fifteen labelled pages from different Vietnamese CMS layouts. */
class ExtractionQualityTest {

    private static final List<ExtractionQuality.Score> SCORES =
            ExtractionQuality.PAGES.stream().map(ExtractionQuality::score).toList();

    static {
        System.out.print(ExtractionQuality.report(SCORES));
    }

    @Test
    void everyTitleIsExact() {
        assertThat(SCORES).allSatisfy(s -> assertThat(s.extracted().title()).as(s.page())
                .isEqualTo(s.expected().get("title").asText()));
    }

    @Test
    void everyPublicationDateIsExact() {
        assertThat(SCORES).allSatisfy(s -> assertThat(s.dateExact()).as(s.page() + " got " + s.extracted().published()).isTrue());
    }

    @Test
    void bodyKeepsAtLeastNinetyPercentOfTheArticleOnEveryPage() {
        assertThat(SCORES).allSatisfy(s -> assertThat(s.recall()).as(s.page() + " recall").isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void bodyIsAtLeastNinetyPercentArticleOnAverage() {
        double mean = SCORES.stream().mapToDouble(ExtractionQuality.Score::precision).average().orElse(0);
        assertThat(mean).isGreaterThanOrEqualTo(0.9);
        assertThat(SCORES).allSatisfy(s -> assertThat(s.precision()).as(s.page() + " precision").isGreaterThanOrEqualTo(0.8));
    }
}
