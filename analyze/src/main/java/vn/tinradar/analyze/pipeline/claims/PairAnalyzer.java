package vn.tinradar.analyze.pipeline.claims;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.tinradar.analyze.text.VietnameseStopWords;

/**
 * Consecutive syllable pairs of folded text, the unit claims are compared by: most Vietnamese words have two
 * syllables, so a pair is about a word. ICUTokenizer → ICUFoldingFilter (no diacritics, đ = d) → stop syllables
 * dropped with their gaps closed ("sạt lở của xã" gives "sat lo", "lo xa") → ShingleFilter (pairs only).
 */
final class PairAnalyzer extends Analyzer {

    static final String FIELD = "pairs";

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new ICUFoldingFilter(tokenizer);
        stream = new StopFilter(stream, new CharArraySet(VietnameseStopWords.folded(), false));
        stream = new ClosingGaps(stream);
        ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
        pairs.setOutputUnigrams(false);
        return new TokenStreamComponents(tokenizer, pairs);
    }

    /** The distinct pairs of a text, in order of first occurrence. */
    Set<String> pairs(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = tokenStream(FIELD, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("cannot analyse text", e); // in-memory text: never happens
        }
        return out;
    }

    /** Removed stop syllables leave no hole: the pair spans the words around them. */
    private static final class ClosingGaps extends TokenFilter {

        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

        ClosingGaps(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (position.getPositionIncrement() > 1) {
                position.setPositionIncrement(1);
            }
            return true;
        }
    }
}
