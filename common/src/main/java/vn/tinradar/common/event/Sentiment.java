package vn.tinradar.common.event;

import java.util.List;

/** Tone of an article: label positive|neutral|negative, score in [-1,1], and the phrases that moved it. */
public record Sentiment(String label, double score, List<String> evidence) {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    public boolean isNegative() {
        return NEGATIVE.equals(label);
    }
}
