package vn.tinradar.deploy.web.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Browser sessions: random tokens in an HttpOnly cookie, each with the person and an expiry. */
public final class SessionStore {

    private record Session(UserDirectory.Principal principal, Instant expires) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;

    public SessionStore(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String open(UserDirectory.Principal principal) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(principal, clock.instant().plus(lifetime)));
        sessions.values().removeIf(s -> s.expires().isBefore(clock.instant()));
        return token;
    }

    public Optional<UserDirectory.Principal> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = sessions.get(token);
        if (s == null || s.expires().isBefore(clock.instant())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(s.principal());
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    public Duration lifetime() {
        return lifetime;
    }
}
