package vn.tinradar.deploy.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing without locking anyone out: after a few failures, each further attempt from the same
 * client address, or on the same account from an address that has failed too, must wait a delay that doubles with
 * every failure up to a cap. The right password from a clean address is never refused, so guessing at someone's
 * account from elsewhere cannot lock them out. Names that do not exist count like the others. At most
 * {@value #MAX_TRACKED} addresses and names are remembered (the least recently seen are forgotten), and a record
 * is forgotten {@link #FORGET} after its last failure.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final Duration FORGET = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAddress = bounded();
    private final Map<String, Failures> byUser = bounded();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must still wait before trying this name; zero when it may try now. */
    public synchronized Duration waitBefore(String address, String name) {
        Instant now = clock.instant();
        Duration forAddress = remaining(byAddress.get(address), now);
        Failures fromHere = byAddress.get(address);
        boolean suspectAddress = fromHere != null && now.isBefore(fromHere.last().plus(FORGET));
        Duration forUser = suspectAddress ? remaining(byUser.get(key(name)), now) : Duration.ZERO;
        return forAddress.compareTo(forUser) >= 0 ? forAddress : forUser;
    }

    /**
     * Claims one password check: returns how long to wait, or zero and counts the try as failed up front, so that
     * many tries sent at once from one address cannot all pass before the first of them fails. A right password
     * takes it back ({@link #succeeded}).
     */
    public synchronized Duration claim(String address, String name) {
        Duration wait = waitBefore(address, name);
        if (wait.isZero()) {
            failed(address, name);
        }
        return wait;
    }

    public synchronized void failed(String address, String name) {
        Instant now = clock.instant();
        byAddress.put(address, next(byAddress.get(address), now));
        byUser.put(key(name), next(byUser.get(key(name)), now));
    }

    /** A right password clears the account's failures and takes back the try its claim counted. */
    public synchronized void succeeded(String address, String name) {
        byUser.remove(key(name));
        Failures f = byAddress.get(address);
        if (f != null && f.count() <= 1) {
            byAddress.remove(address);
        } else if (f != null) {
            byAddress.put(address, new Failures(f.count() - 1, f.last()));
        }
    }

    synchronized int tracked() {
        return byAddress.size() + byUser.size();
    }

    /** The wait after {@code failures} failures: none for the first few, then 1 s doubling up to the cap. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last().plus(delayAfter(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Failures next(Failures f, Instant now) {
        boolean forgotten = f == null || !now.isBefore(f.last().plus(FORGET));
        return new Failures(forgotten ? 1 : f.count() + 1, now);
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
