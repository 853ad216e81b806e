package vn.tinradar.deploy.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * Maps the items' own time onto the wall clock, {@code speed} times faster: at speed 1,000 a week of news takes
 * about ten minutes. The first item is due at the start.
 */
public record ReplayClock(Instant firstItem, Instant wallStart, double speed) {

    public ReplayClock {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be a number above 0, was " + speed);
        }
    }

    /** The wall-clock instant at which an item published at {@code itemTime} is pushed. */
    public Instant due(Instant itemTime) {
        long itemNanos = Duration.between(firstItem, itemTime).toNanos();
        return wallStart.plusNanos((long) Math.max(0, itemNanos / speed));
    }

    /** How long the whole replay of items up to {@code lastItem} takes on the wall clock. */
    public Duration wallLength(Instant lastItem) {
        return Duration.between(wallStart, due(lastItem));
    }
}
