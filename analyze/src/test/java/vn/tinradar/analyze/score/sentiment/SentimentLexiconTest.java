package vn.tinradar.analyze.score.sentiment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

    @Test
    void noticeFactorAboveOneIsRefusedWithItsLine() {
        String tsv = "word\t-1.5\tsạt lở\nnotice\t2\tthông báo\n";

        assertThatThrownBy(() -> SentimentLexicon.load(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "my-lexicon.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-lexicon.tsv line 2")
                .hasMessageContaining("between 0 and 1 but was 2.0");
    }

    @Test
    void negativeRiskFactorIsRefusedWithItsLine() {
        String tsv = "risk\t-0.5\tnguy cơ\n";

        assertThatThrownBy(() -> SentimentLexicon.load(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "my-lexicon.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-lexicon.tsv line 1: a risk's factor")
                .hasMessageContaining("between 0 and 1 but was -0.5");
    }
}
