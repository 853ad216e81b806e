package vn.tinradar.deploy.web.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Browser sessions: random tokens in an HttpOnly cookie, each with the person, an expiry and its own anti-forgery
 * token that the dashboard sends with every change. Whoever holds something for a session (a live stream) hears
 * when it closes.
 */
public final class SessionStore {

    private record Session(UserDirectory.Principal principal, Instant expires, String formToken) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final List<Consumer<String>> closeListeners = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;

    public SessionStore(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String open(UserDirectory.Principal principal) {
        String token = randomToken();
        sessions.put(token, new Session(principal, clock.instant().plus(lifetime), randomToken()));
        sessions.entrySet().removeIf(e -> {
            boolean expired = e.getValue().expires().isBefore(clock.instant());
            if (expired) {
                closeListeners.forEach(l -> l.accept(e.getKey()));
            }
            return expired;
        });
        return token;
    }

    public Optional<UserDirectory.Principal> find(String token) {
        return live(token).map(Session::principal);
    }

    /** The session's anti-forgery token (sent as {@code X-CSRF-Token} or the form field {@code csrf}). */
    public Optional<String> formToken(String token) {
        return live(token).map(Session::formToken);
    }

    /** Whether the session is open and not expired. */
    public boolean isOpen(String token) {
        return live(token).isPresent();
    }

    public void close(String token) {
        if (token != null && sessions.remove(token) != null) {
            closeListeners.forEach(l -> l.accept(token));
        }
    }

    /** Called with the token of every session closed by sign-out or found expired. */
    public void onClose(Consumer<String> listener) {
        closeListeners.add(listener);
    }

    public Duration lifetime() {
        return lifetime;
    }

    private Optional<Session> live(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = sessions.get(token);
        if (s != null && s.expires().isBefore(clock.instant())) {
            close(token);
            return Optional.empty();
        }
        return Optional.ofNullable(s);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
