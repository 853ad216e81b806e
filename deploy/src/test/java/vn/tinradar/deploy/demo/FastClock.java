package vn.tinradar.deploy.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs {@code speed} times faster than the real one from the moment it is made. */
final class FastClock extends Clock {

    private final Instant origin;
    private final long originNanos = System.nanoTime();
    private final double speed;

    FastClock(Instant origin, double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be > 0 but was " + speed);
        }
        this.origin = origin;
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        return origin.plusNanos((long) ((System.nanoTime() - originNanos) * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
