package vn.tinradar.analyze.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.text.VietnameseStopWords;

/** The two analysis chains, one syllable per token. */
class VietnameseAnalyzerTest {

    final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);
    final Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.EXACT);

    @Test
    void foldedDropsDiacriticsAndTurnsDStrokeIntoD() {
        assertThat(tokens(folded, "Sạt lở ở Đồng Tuyển")).containsExactly("sat", "lo", "o", "dong", "tuyen");
    }

    @Test
    void decomposedInputGivesTheSameTokensAsComposed() {
        String nfd = Normalizer.normalize("Thủy điện Bắc Hà", Normalizer.Form.NFD);

        assertThat(tokens(folded, nfd)).isEqualTo(tokens(folded, "Thủy điện Bắc Hà"));
        assertThat(tokens(exact, nfd)).containsExactly("thủy", "điện", "bắc", "hà");
    }

    @Test
    void exactKeepsDiacriticsSoSatAndSatDiffer() {
        assertThat(tokens(exact, "sạt lở")).isNotEqualTo(tokens(exact, "sắt lò"));
        assertThat(tokens(folded, "sạt lở")).isEqualTo(tokens(folded, "sắt lò"));
    }

    @Test
    void dropsTheProjectStopSyllables() {
        assertThat(VietnameseStopWords.exact()).contains("của", "và");
        assertThat(tokens(exact, "nhà của dân và trường")).containsExactly("nhà", "dân", "trường");
    }

    @Test
    void handlesOtherScriptsWithoutFailing() {
        assertThat(tokens(folded, "Москва 北京 Hà Nội")).contains("москва", "ha", "noi");
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
