package vn.tinradar.analyze.score.sentiment;

import java.util.ArrayList;
import java.util.List;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.common.event.Sentiment;

/**
 * Tone of an article from the lexicon, averaged with a trained sentiment model when one is loaded (its
 * p(positive) − p(negative)). The model's label wins when it is confident; evidence keeps the lexicon's
 * phrases and adds the model's strongest syllables. Thread-safe.
 */
public final class SentimentCombiner {

    static final double CONFIDENT = 0.6;

    private final LexiconSentimentScorer lexicon;
    private final SentimentFeatures features;
    private final LinearModel model;

    /** @param model trained model with labels positive, neutral, negative (any subset of two), or null */
    public SentimentCombiner(LexiconSentimentScorer lexicon, LinearModel model) {
        this.lexicon = lexicon;
        this.features = new SentimentFeatures(lexicon);
        this.model = model;
        if (model != null && model.labels().indexOf(Sentiment.POSITIVE) < 0 && model.labels().indexOf(Sentiment.NEGATIVE) < 0) {
            throw new IllegalArgumentException("sentiment model labels " + model.labels()
                    + " contain neither 'positive' nor 'negative'");
        }
    }

    public Sentiment score(String title, String body) {
        Sentiment fromLexicon = lexicon.score(title, body);
        if (model == null) {
            return fromLexicon;
        }
        double[] p = model.probabilities(title, body, features.extras(title, body, fromLexicon));
        double modelScore = prob(p, Sentiment.POSITIVE) - prob(p, Sentiment.NEGATIVE);
        double score = Math.round((fromLexicon.score() + modelScore) / 2 * 1000) / 1000.0;
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        String label = p[best] >= CONFIDENT ? model.labels().get(best) : LexiconSentimentScorer.label(score);
        List<String> evidence = new ArrayList<>(fromLexicon.evidence());
        int k = model.labels().indexOf(label);
        if (!label.equals(Sentiment.NEUTRAL) && k >= 0) {
            for (String t : model.topTerms(title, body, k, 3)) {
                if (!evidence.contains(t)) {
                    evidence.add(t);
                }
            }
        }
        return new Sentiment(label, score, evidence);
    }

    private double prob(double[] p, String label) {
        int k = model.labels().indexOf(label);
        return k < 0 ? 0 : p[k];
    }
}
