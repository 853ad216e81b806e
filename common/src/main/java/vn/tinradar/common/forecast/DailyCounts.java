package vn.tinradar.common.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Articles per day of one series (a topic, a place, a section, a story), oldest day first; a day without articles
 * counts zero.
 */
public record DailyCounts(String key, LocalDate first, long[] counts) {

    public DailyCounts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(first, "first");
        counts = counts.clone();
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative count in series " + key);
            }
        }
    }

    /** The counts of {@code byDay} from {@code from} to {@code to} inclusive, zero where a day is missing. */
    public static DailyCounts of(String key, Map<LocalDate, Long> byDay, LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        if (days < 0) {
            throw new IllegalArgumentException("series " + key + " ends (" + to + ") before it starts (" + from + ")");
        }
        long[] counts = new long[days];
        byDay.forEach((day, n) -> {
            long i = day.toEpochDay() - from.toEpochDay();
            if (i >= 0 && i < days) {
                counts[(int) i] += n;
            }
        });
        return new DailyCounts(key, from, counts);
    }

    public int days() {
        return counts.length;
    }

    public long count(int i) {
        return counts[i];
    }

    public LocalDate day(int i) {
        return first.plusDays(i);
    }

    /** The day after the last one counted: where a forecast starts. */
    public LocalDate end() {
        return first.plusDays(counts.length);
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** The first {@code days} days only: the history as it was known at the start of day {@code days}. */
    public DailyCounts head(int days) {
        return new DailyCounts(key, first, Arrays.copyOf(counts, days));
    }

    /** The last {@code days} days only (all of them when there are fewer). */
    public DailyCounts tail(int days) {
        int from = Math.max(0, counts.length - days);
        return new DailyCounts(key, first.plusDays(from), Arrays.copyOfRange(counts, from, counts.length));
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyCounts d && key.equals(d.key) && first.equals(d.first) && Arrays.equals(counts, d.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, first, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "DailyCounts[" + key + " from " + first + ", " + counts.length + " days, " + total() + " articles]";
    }
}
