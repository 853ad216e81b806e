package vn.tinradar.analyze.score.ngram;

/**
 * Modified Kneser-Ney's three discounts of one order (Chen and Goodman 1998): what is taken from an n-gram
 * seen once, twice, and three times or more, estimated from how many n-grams of that order were seen exactly
 * 1, 2, 3 and 4 times. A small text leaves some of those numbers at 0, where the estimate says nothing (a
 * discount of 3 for n-grams seen three times erases them); then all three are Ney's single estimate
 * {@code Y = n1 / (n1 + 2 n2)}. Each discount is held inside (0, c], so that every seen word keeps some
 * probability and every context leaves some for unseen words.
 */
record KneserNeyDiscounts(double one, double two, double threeOrMore) {

    private static final double FLOOR = 0.05;

    /** The estimate {@code D_c = c - (c + 1) Y n_{c+1} / n_c} with {@code Y = n1 / (n1 + 2 n2)}. */
    static KneserNeyDiscounts estimate(long n1, long n2, long n3, long n4) {
        double y = n1 + 2 * n2 == 0 ? 0.5 : n1 / (double) (n1 + 2 * n2);
        if (n1 == 0 || n2 == 0 || n3 == 0 || n4 == 0) {
            return new KneserNeyDiscounts(held(y, 1), held(y, 2), held(y, 3));
        }
        return new KneserNeyDiscounts(
                held(1 - 2 * y * ratio(n2, n1), 1),
                held(2 - 3 * y * ratio(n3, n2), 2),
                held(3 - 4 * y * ratio(n4, n3), 3));
    }

    /** The same discounts with everything taken from the n-grams seen once, for a table that dropped them. */
    KneserNeyDiscounts singletonsDropped() {
        return new KneserNeyDiscounts(1, two, threeOrMore);
    }

    /** The discount of an n-gram seen {@code count} times. */
    double of(int count) {
        return count == 0 ? 0 : count == 1 ? one : count == 2 ? two : threeOrMore;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : numerator / (double) denominator;
    }

    private static double held(double d, double max) {
        return Math.max(FLOOR, Math.min(max, d));
    }
}
