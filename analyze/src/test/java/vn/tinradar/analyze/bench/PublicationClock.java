package vn.tinradar.analyze.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Publication times over a year with the rhythm of the Vietnamese press: fewer articles at the weekend, most in
 * the morning and early afternoon, few at night. Times are drawn, then sorted, so the file reads oldest first.
 */
final class PublicationClock {

    /** Relative volume Monday..Sunday. */
    private static final double[] WEEKDAY = {1.0, 1.0, 1.0, 0.97, 0.95, 0.65, 0.55};
    /** Relative volume per hour of the day, Vietnam time. */
    private static final double[] HOUR = {0.15, 0.1, 0.08, 0.08, 0.15, 0.5, 1.1, 1.5, 1.6, 1.5, 1.4, 1.2, 0.9,
        0.9, 1.2, 1.3, 1.25, 1.1, 0.9, 0.8, 0.75, 0.6, 0.4, 0.25};
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final LocalDate first;
    private final int days;

    PublicationClock(LocalDate first, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1 but was " + days);
        }
        this.first = first;
        this.days = days;
    }

    /** {@code n} publication times in epoch seconds, oldest first. */
    long[] draw(int n, SplittableRandom random) {
        double[] dayWeights = new double[days];
        for (int d = 0; d < days; d++) {
            dayWeights[d] = WEEKDAY[first.plusDays(d).getDayOfWeek().getValue() - 1];
        }
        double[] dayCumulative = cumulative(dayWeights);
        double[] hourCumulative = cumulative(HOUR);
        long start = first.atStartOfDay().toEpochSecond(VIETNAM);
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            int day = pick(dayCumulative, random.nextDouble());
            int hour = pick(hourCumulative, random.nextDouble());
            times[i] = start + day * 86_400L + hour * 3_600L + random.nextInt(3_600);
        }
        Arrays.sort(times);
        return times;
    }

    static OffsetDateTime at(long epochSecond) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), VIETNAM);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
