package vn.tinradar.deploy.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.test.MutableClock;

/** Guessing slows down with growing delays, per address and per account, and never locks the owner out. */
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "10.20.0.15";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String address, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, name);
        }
    }

    @Test
    void firstFewFailuresCostNoWait() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES - 1);

        assertThat(throttle.waitBefore(ATTACKER, "admin")).isZero();
    }

    @Test
    void delayDoublesWithEachFailureUpToTheCap() {
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(LoginThrottle.delayAfter(1_000)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    /** Issue 13: five wrong passwords locked admin out for a minute, from anywhere. */
    @Test
    void guessingAtAnAccountFromElsewhereNeverLocksItsOwnerOut() {
        fail(ATTACKER, "admin", 200);

        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(throttle.waitBefore(OFFICE, "admin")).isZero();
    }

    @Test
    void anAddressThatFailedTooWaitsForTheAccountsDelay() {
        fail(ATTACKER, "admin", 10);
        fail(OFFICE, "admin", 1);

        assertThat(throttle.waitBefore(OFFICE, "admin")).isPositive();
    }

    @Test
    void madeUpNamesAreThrottledLikeRealOnes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(ATTACKER, "khong-ton-tai-" + i);
        }

        assertThat(throttle.waitBefore(ATTACKER, "khong-ton-tai-99")).isPositive();
    }

    @Test
    void waitEndsOnceTheDelayHasPassed() {
        fail(ATTACKER, "admin", 5);
        Duration wait = throttle.waitBefore(ATTACKER, "admin");

        clock.advance(wait);
        assertThat(throttle.waitBefore(ATTACKER, "admin")).isZero();
    }

    @Test
    void rememberedAddressesAndNamesAreBounded() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_TRACKED; i++) {
            throttle.failed("198.51." + (i / 256 % 256) + "." + (i % 256) + "-" + i, "ten-" + i);
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_TRACKED);
    }

    @Test
    void triesSentAtOnceFromOneAddressAreCountedBeforeTheirCheck() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.claim(ATTACKER, "nguoi-la-" + i)).isZero();
        }

        assertThat(throttle.claim(ATTACKER, "nguoi-la-99")).isPositive();
    }

    @Test
    void aRightPasswordTakesBackTheTryItsClaimCounted() {
        throttle.claim(OFFICE, "admin");
        throttle.succeeded(OFFICE, "admin");

        assertThat(throttle.tracked()).isZero();
        assertThat(throttle.waitBefore(OFFICE, "admin")).isZero();
    }
}
