package vn.tinradar.ingest.recheck;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a watched article is next looked at: at each fixed step after its anchor (by default 1 h, 6 h, 24 h and
 * 72 h), then every {@code thenEvery} while an alert or incident about it is still open, for at most
 * {@code maxAge} after the anchor. Steps already past when the watch arrives collapse into one check now.
 */
public record RecheckSchedule(List<Duration> steps, Duration thenEvery, Duration maxAge) {

    public RecheckSchedule {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("re-check steps must not be empty");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).compareTo(steps.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("re-check steps must grow but " + steps.get(i) + " follows "
                        + steps.get(i - 1));
            }
        }
        if (thenEvery.isZero() || thenEvery.isNegative()) {
            throw new IllegalArgumentException("re-check interval after the steps must be > 0 but was " + thenEvery);
        }
    }

    /**
     * The time of the next check after {@code last} (null: none yet), or empty when the watch is over.
     *
     * @param open whether an alert or incident about the article is still open
     */
    public Optional<Instant> next(Instant anchor, Instant last, boolean open) {
        for (Duration step : steps) {
            Instant due = anchor.plus(step);
            if (last == null || due.isAfter(last)) {
                return Optional.of(due);
            }
        }
        if (!open) {
            return Optional.empty();
        }
        Instant due = last.plus(thenEvery);
        return due.isAfter(anchor.plus(maxAge)) ? Optional.empty() : Optional.of(due);
    }
}
