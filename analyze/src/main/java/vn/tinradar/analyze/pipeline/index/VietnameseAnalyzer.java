package vn.tinradar.analyze.pipeline.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import vn.tinradar.analyze.text.VietnameseStopWords;

/**
 * Analysis of Vietnamese text, one syllable per token, used for indexing and querying alike.
 *
 * <p>Folded: ICUTokenizer → ICUFoldingFilter (NFKC, case and diacritics folded, đ → d; NFD input gives the same
 * tokens as NFC) → stop syllables (folded forms). Exact: ICUTokenizer → ICUNormalizer2Filter (NFC) →
 * LowerCaseFilter → stop syllables (with diacritics). Stop syllables leave position gaps, so phrases still line up.
 */
public final class VietnameseAnalyzer extends Analyzer {

    public enum Mode { FOLDED, EXACT }

    private final Mode mode;

    public VietnameseAnalyzer(Mode mode) {
        this.mode = mode;
    }

    /** The analyzer of each text field; all other fields are untokenised StringFields. */
    public static Analyzer perField() {
        Analyzer folded = new VietnameseAnalyzer(Mode.FOLDED);
        Analyzer exact = new VietnameseAnalyzer(Mode.EXACT);
        Map<String, Analyzer> byField = Map.of(ArticleFields.TEXT_FOLDED, folded, ArticleFields.TITLE_FOLDED, folded,
                ArticleFields.TEXT_EXACT, exact);
        return new DelegatingAnalyzerWrapper(PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, folded);
            }
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream;
        if (mode == Mode.FOLDED) {
            stream = new ICUFoldingFilter(tokenizer);
            stream = new StopFilter(stream, new CharArraySet(VietnameseStopWords.folded(), false));
        } else {
            stream = new ICUNormalizer2Filter(tokenizer,
                    com.ibm.icu.text.Normalizer2.getNFCInstance());
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, new CharArraySet(VietnameseStopWords.exact(), false));
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
