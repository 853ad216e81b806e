package vn.tinradar.common.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountDistributionTest {

    @Test
    void withTheVarianceOfItsMeanItIsPoisson() {
        CountDistribution poisson = new CountDistribution(10, 10);

        // P(X <= 5) = 0.067, P(X <= 6) = 0.130; P(X <= 13) = 0.865, P(X <= 14) = 0.917
        assertThat(poisson.quantile(0.1)).isEqualTo(6);
        assertThat(poisson.quantile(0.9)).isEqualTo(14);
    }

    @Test
    void overDispersionSpreadsTheQuantiles() {
        CountDistribution negativeBinomial = new CountDistribution(10, 60);

        assertThat(negativeBinomial.quantile(0.1)).isLessThan(6);
        assertThat(negativeBinomial.quantile(0.9)).isGreaterThan(14);
    }

    @Test
    void aZeroMeanIsAlwaysZero() {
        assertThat(new CountDistribution(0, 0).quantile(0.99)).isZero();
    }
}
