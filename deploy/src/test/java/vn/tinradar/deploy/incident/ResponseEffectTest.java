package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage, tone and the spread of a false claim on either side of an official response. */
class ResponseEffectTest {

    private final List<ResponseEffect> effects = ResponseEffect.of(DamRumour.incident(),
            DamRumour.at("2026-11-21T08:00"));

    @Test
    void countsTheArticlesOfTheDayBeforeAndTheDayAfterTheResponse() {
        ResponseEffect e = effects.get(0);

        assertThat(e.before().articles()).isEqualTo(3);
        assertThat(e.before().negativePercent()).isEqualTo(100.0);
        assertThat(e.after().articles()).isEqualTo(3);
        assertThat(e.after().negativePercent()).isEqualTo(33.3);
    }

    @Test
    void aClaimRepeatedAfterTheResponseHasNotStoppedSpreading() {
        ResponseEffect.ClaimSpread spread = effects.get(0).claims().get(0);

        assertThat(spread.claim()).isEqualTo(DamRumour.CLAIM);
        assertThat(spread.before()).isEqualTo(3);
        assertThat(spread.after()).isEqualTo(1);
        assertThat(spread.stopped()).isFalse();
        assertThat(spread.lastSeen()).isEqualTo(DamRumour.at("2026-11-20T07:15"));
    }

    @Test
    void theWindowAfterAResponseGivenAnHourAgoEndsNow() {
        ResponseEffect e = ResponseEffect.of(DamRumour.incident(), DamRumour.at("2026-11-19T21:00")).get(0);

        assertThat(e.after().to()).isEqualTo(DamRumour.at("2026-11-19T21:00"));
        assertThat(e.after().articles()).isEqualTo(1);
    }
}
