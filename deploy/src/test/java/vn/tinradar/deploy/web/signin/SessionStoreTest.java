package vn.tinradar.deploy.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The signed session tokens without Kafka: what any instance holding the key accepts and what it refuses.
 * {@code SessionsAcrossInstancesIT} runs the same on two web servers sharing a broker.
 */
class SessionStoreTest {

    private static final String SECRET = "bi-mat-chung-cua-cac-may-chu-so-tt-tt-lao-cai";
    private static final UserDirectory.Principal AN = new UserDirectory.Principal("nguyen.van.an", "staff");

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    private final Map<String, String> credentials = new HashMap<>(Map.of("nguyen.van.an", "$2b$10$mot"));

    private SessionStore store(String secret, Clock at) {
        return new SessionStore(Duration.ofHours(8), at, SessionStore.keyFrom(secret),
                name -> Optional.ofNullable(credentials.get(name)), new EndedSessions(at));
    }

    @Test
    void anotherInstanceWithTheSameSecretFindsThePersonAndTheSameFormToken() {
        String token = store(SECRET, clock).open(AN);

        SessionStore other = store(SECRET, clock);

        assertThat(other.find(token)).contains(AN);
        assertThat(other.formToken(token)).isEqualTo(store(SECRET, clock).formToken(token)).isPresent();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String token = store("bi-mat-cua-mot-tinh-khac-hoan-toan-khac", clock).open(AN);

        assertThat(store(SECRET, clock).find(token)).isEmpty();
    }

    @Test
    void aTokenWhoseRoleWasEditedIsRefused() {
        String token = store(SECRET, clock).open(AN);
        String fields = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                java.nio.charset.StandardCharsets.UTF_8).replace("\nstaff\n", "\nadmin\n");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                fields.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));

        assertThat(store(SECRET, clock).find(forged)).isEmpty();
    }

    @Test
    void aSessionEndsWhenItsLifetimeIsOver() {
        String token = store(SECRET, clock).open(AN);

        SessionStore nineHoursLater = store(SECRET, Clock.offset(clock, Duration.ofHours(9)));

        assertThat(nineHoursLater.find(token)).isEmpty();
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedWithTheOldOne() {
        SessionStore sessions = store(SECRET, clock);
        String token = sessions.open(AN);

        credentials.put("nguyen.van.an", "$2b$10$hai");

        assertThat(sessions.find(token)).isEmpty();
        assertThat(sessions.open(AN)).satisfies(fresh -> assertThat(sessions.find(fresh)).contains(AN));
    }

    @Test
    void aSignedOutSessionIsRefusedAndTellsItsListeners() {
        SessionStore sessions = store(SECRET, clock);
        String token = sessions.open(AN);
        java.util.List<String> closed = new java.util.ArrayList<>();
        sessions.onClose(closed::add);

        sessions.close(token);

        assertThat(sessions.find(token)).isEmpty();
        assertThat(closed).containsExactly(token);
    }

    @Test
    void aBlankSecretIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> SessionStore.keyFrom(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shared secret");
    }
}
