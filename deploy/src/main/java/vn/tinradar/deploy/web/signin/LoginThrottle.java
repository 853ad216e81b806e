package vn.tinradar.deploy.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Slows password guessing: after five failures for one account, that account is refused for a minute. */
public final class LoginThrottle {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(1);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean locked(String name) {
        Failures f = failures.get(key(name));
        return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(clock.instant());
    }

    public void failed(String name) {
        failures.compute(key(name), (k, f) -> {
            int count = f == null || (f.lockedUntil() != null && !f.lockedUntil().isAfter(clock.instant()))
                    ? 1 : f.count() + 1;
            return new Failures(count, count >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    public void succeeded(String name) {
        failures.remove(key(name));
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
