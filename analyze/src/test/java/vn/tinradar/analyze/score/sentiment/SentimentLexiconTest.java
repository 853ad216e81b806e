package vn.tinradar.analyze.score.sentiment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

    @Test
    void noticeFactorAboveOneIsRefusedWithItsLine() {
        loading("word\t-1.5\tsạt lở\nnotice\t2\tthông báo\n")
                .hasMessageContaining("my-lexicon.tsv line 2")
                .hasMessageContaining("between 0 and 1 but was 2.0");
    }

    @Test
    void negativeRiskFactorIsRefusedWithItsLine() {
        loading("risk\t-0.5\tnguy cơ\n")
                .hasMessageContaining("my-lexicon.tsv line 1: a risk's factor")
                .hasMessageContaining("between 0 and 1 but was -0.5");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> loading(String tsv) {
        return assertThatThrownBy(() -> SentimentLexicon.load(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "my-lexicon.tsv"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
