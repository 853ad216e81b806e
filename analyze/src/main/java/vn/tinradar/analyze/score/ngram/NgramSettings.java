package vn.tinradar.analyze.score.ngram;

/**
 * How the n-gram classifier is built and how it decides, each chosen on a development split (docs/quality.md).
 *
 * @param order longest n-gram used, 1 to 3
 * @param minCount n-grams of two or more words seen fewer times than this in a label's texts are dropped from
 *     its model (1 keeps everything), the lever on model size
 * @param lengthNormalised compare labels by log-probability per word rather than of the whole text; the choice
 *     matters only beside the prior, which it makes weigh as much as one word instead of nothing
 * @param prior add each label's log share of the training texts
 */
public record NgramSettings(int order, int minCount, boolean lengthNormalised, boolean prior) {

    public NgramSettings {
        if (order < 1 || order > 3) {
            throw new IllegalArgumentException("n-gram order must be 1, 2 or 3 but was " + order);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("n-gram min count must be >= 1 but was " + minCount);
        }
    }

    /** The settings as a model file and the evaluation output describe them. */
    public String describe() {
        return "order=" + order + " min-count=" + minCount + " length-normalised=" + lengthNormalised + " prior="
                + prior;
    }
}
