package vn.tinradar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Severity;

class SilencesTest {

    private final MutableClock clock = new MutableClock(Fixtures.T0);
    private final MemoryLedger ledger = new MemoryLedger();
    private final Silences silences = new Silences(ledger, clock);
    private final Alert alert = Fixtures.alert("topic-burst-abc", Severity.URGENT, 1);

    private Silence onAlert(String alertId) {
        return new Silence(null, null, null, null, null, alertId, Fixtures.T0, Fixtures.T0.plusSeconds(1),
                "nguyen.van.an", "Đang phối hợp với UBND xã");
    }

    @Test
    void silenceEndsByItselfAfterItsDuration() {
        silences.add(onAlert(alert.id()), 30);
        assertThat(silences.muting(alert)).isPresent();

        clock.advance(Duration.ofMinutes(30));
        assertThat(silences.muting(alert)).isEmpty();
    }

    @Test
    void silenceOnAnAlertEndsWhenTheAlertIsResolved() {
        silences.add(onAlert(alert.id()), 600);

        silences.alertResolved(alert.id());

        assertThat(silences.active()).isEmpty();
    }

    @Test
    void silenceSurvivesARestartThroughTheLedger() {
        silences.add(onAlert(alert.id()), 60);
        assertThat(new Silences(ledger, clock).muting(alert)).isPresent();
    }

    @Test
    void silenceWithoutMatcherOrAuthorIsRefused() {
        assertThatThrownBy(() -> new Silence(null, null, null, null, null, null, Fixtures.T0,
                Fixtures.T0.plusSeconds(1), "nguyen.van.an", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matcher");
        assertThatThrownBy(() -> silences.expire("khong-co")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'khong-co'");
    }

    /** Issue 13: 10^11 minutes was accepted (ending in the year 192159) and 2^58 minutes gave a 500. */
    @Test
    void silenceLongerThanNinetyDaysIsRefusedNamingMinutes() {
        assertThatThrownBy(() -> silences.add(onAlert(alert.id()), 100_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutes must be 5..129600");
        assertThatThrownBy(() -> silences.add(onAlert(alert.id()), 1L << 58))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutes");
        assertThat(silences.active()).isEmpty();
    }

    @Test
    void silenceShorterThanFiveMinutesIsRefused() {
        assertThatThrownBy(() -> silences.add(onAlert(alert.id()), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 4");
    }

    @Test
    void silenceOfExactlyNinetyDaysIsAccepted() {
        silences.add(onAlert(alert.id()), Silences.MAX_MINUTES);

        clock.advance(Duration.ofDays(90).minusMinutes(1));
        assertThat(silences.muting(alert)).isPresent();
    }
}
