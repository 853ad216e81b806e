package vn.tinradar.analyze.score.ngram;

/**
 * How the Kneser-Ney topic models are built and decide, each chosen on a development split (docs/quality.md).
 *
 * @param order longest n-gram, 2 to 5
 * @param pruneFrom n-grams seen once are dropped at this order and longer ones (a value above {@code order}
 *     keeps them all), the lever on model size
 * @param prior add each label's log share of the training texts to its score
 */
public record KneserNeySettings(int order, int pruneFrom, boolean prior) {

    public KneserNeySettings {
        if (order < KneserNeyLanguageModel.MIN_ORDER || order > KneserNeyLanguageModel.MAX_ORDER) {
            throw new IllegalArgumentException("Kneser-Ney order must be " + KneserNeyLanguageModel.MIN_ORDER
                    + " to " + KneserNeyLanguageModel.MAX_ORDER + " but was " + order);
        }
        if (pruneFrom < 2) {
            throw new IllegalArgumentException("Kneser-Ney prune-from order must be >= 2 but was " + pruneFrom);
        }
    }

    /** The settings as a model file and the evaluation output describe them. */
    public String describe() {
        return "kn order=" + order + " prune-singletons-from=" + (pruneFrom > order ? "none" : pruneFrom)
                + " prior=" + prior;
    }
}
