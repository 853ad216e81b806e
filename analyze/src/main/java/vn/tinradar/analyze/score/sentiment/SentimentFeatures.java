package vn.tinradar.analyze.score.sentiment;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.event.Sentiment;

/**
 * Named features the sentiment model reads next to the words: the lexicon's negation-aware verdict and the
 * length of the text, since short factual statements are most often neutral. Training and scoring compute
 * them here alike. Thread-safe.
 */
public final class SentimentFeatures {

    private static final int[] LENGTH_BUCKETS = {2, 4, 7, 12, 20, 40};

    private final LexiconSentimentScorer lexicon;

    public SentimentFeatures(LexiconSentimentScorer lexicon) {
        this.lexicon = lexicon;
    }

    public Map<String, Double> extras(String title, String text) {
        return extras(title, text, lexicon.score(title, text));
    }

    /** The same features when the lexicon's verdict is already known. */
    public Map<String, Double> extras(String title, String text, Sentiment fromLexicon) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("lexicon-score", fromLexicon.score());
        f.put("lexicon-" + fromLexicon.label(), 1.0);
        int tokens = Tokenizer.tokenize(title).size() + Tokenizer.tokenize(text).size();
        int bucket = 0;
        while (bucket < LENGTH_BUCKETS.length && tokens > LENGTH_BUCKETS[bucket]) {
            bucket++;
        }
        f.put("length-" + bucket, 1.0);
        return f;
    }
}
