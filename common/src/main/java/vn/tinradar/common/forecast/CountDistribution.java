package vn.tinradar.common.forecast;

/**
 * Quantiles of a count with a given mean and variance: Poisson when the variance does not exceed the mean, else the
 * negative binomial with the same two moments (news volume is over-dispersed: one event brings many reports).
 */
final class CountDistribution {

    /** Far enough into the tail for any quantile asked here; bounds the loop on absurd inputs. */
    private static final int MAX_STEPS = 1_000_000;

    private final double mean;
    private final double variance;

    CountDistribution(double mean, double variance) {
        if (!(mean >= 0) || !(variance >= 0)) {
            throw new IllegalArgumentException("mean and variance must be >= 0, were " + mean + " and " + variance);
        }
        this.mean = mean;
        this.variance = Math.max(variance, mean);
    }

    /** The smallest count k with P(X <= k) >= p. */
    long quantile(double p) {
        if (mean == 0) {
            return 0;
        }
        double cumulative = 0;
        double logPmf = logPmf0();
        for (int k = 0; k < MAX_STEPS; k++) {
            cumulative += Math.exp(logPmf);
            if (cumulative >= p) {
                return k;
            }
            logPmf += logRatio(k);
        }
        return MAX_STEPS;
    }

    private boolean poisson() {
        // below this relative excess the negative binomial's r grows past what doubles carry well
        return variance - mean <= 1e-9 * Math.max(1, mean);
    }

    private double r() {
        return mean * mean / (variance - mean);
    }

    private double logPmf0() {
        if (poisson()) {
            return -mean;
        }
        double r = r();
        return r * Math.log(r / (r + mean));
    }

    /** log P(k+1) - log P(k). */
    private double logRatio(int k) {
        if (poisson()) {
            return Math.log(mean) - Math.log(k + 1);
        }
        double r = r();
        return Math.log((k + r) / (k + 1)) + Math.log(mean / (r + mean));
    }
}
