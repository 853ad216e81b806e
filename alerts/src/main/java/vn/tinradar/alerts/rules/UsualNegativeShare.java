package vn.tinradar.alerts.rules;

import vn.tinradar.common.event.Trend;

/**
 * The share of negative articles a trend key usually has (its negative baseline over its baseline), and how far a
 * window's negative articles stand above what that share predicts for the window's volume.
 *
 * <p>Why: a big city's crime and traffic news is negative every day, so a busier day of it is mostly negative without
 * anything new happening; only negatives rising faster than the key's own volume say that coverage turned.
 *
 * @param share the usual share of negative articles, 0..1
 * @param known false when the key has too little history for a share to mean anything
 */
record UsualNegativeShare(double share, boolean known) {

    /**
     * The usual share from the trend's baselines, known when the baseline expects at least {@code minHistoryArticles}
     * articles per window (a key seen once before has no usual share) and the trend carries a negative baseline
     * (records written before it existed do not).
     */
    static UsualNegativeShare of(Trend trend, double minHistoryArticles) {
        if (trend.baseline() < minHistoryArticles || trend.negativeBaseline() <= 0) {
            return new UsualNegativeShare(0, false);
        }
        return new UsualNegativeShare(Math.min(1, trend.negativeBaseline() / trend.baseline()), true);
    }

    /**
     * (negative − count·share) / √(count·share·(1 − share)): how many standard deviations the window's negatives are
     * above the usual share of its count. A usual share of 1 leaves no room to rise: 0.
     */
    double riseScore(Trend trend) {
        double expected = trend.count() * share;
        double variance = expected * (1 - share);
        if (variance <= 0) {
            return share >= 1 || trend.negativeCount() <= expected ? 0 : Double.POSITIVE_INFINITY;
        }
        return (trend.negativeCount() - expected) / Math.sqrt(variance);
    }
}
