package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ArticleLinesTest {

    @Test
    void aTimeWithoutOffsetIsVietnamTime() {
        assertThat(ArticleLines.published("2018-08-20 00:00:00"))
                .isEqualTo(OffsetDateTime.parse("2018-08-20T00:00:00+07:00"));
    }

    @Test
    void aLocalIsoTimeWithoutSecondsIsVietnamTime() {
        assertThat(ArticleLines.published("2026-11-20T08:30")).isEqualTo(OffsetDateTime.parse("2026-11-20T08:30+07:00"));
    }

    @Test
    void aTimeWithItsOwnOffsetKeepsIt() {
        assertThat(ArticleLines.published("2026-11-20T01:00:00Z")).isEqualTo(OffsetDateTime.parse("2026-11-20T01:00:00Z"));
    }

    @Test
    void aDayMonthYearDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ArticleLines.published("20/11/2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'published'").hasMessageContaining("20/11/2026");
    }
}
