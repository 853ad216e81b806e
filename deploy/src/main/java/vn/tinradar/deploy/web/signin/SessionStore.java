package vn.tinradar.deploy.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Browser sessions that any instance sharing the key can check: the cookie is a {@link SessionToken} signed with
 * the key, naming the person, an expiry and the credential they signed in with; its anti-forgery token, which the
 * dashboard sends with every change, is derived from the key and the session. A session ends when it expires, when
 * it is signed out ({@link EndedSessions}, shared between instances) or when the person's password changes.
 * Whoever holds something for a session (a live stream) hears when it closes.
 */
public final class SessionStore {

    private final List<Consumer<String>> closeListeners = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;
    private final byte[] key;
    private final Function<String, Optional<String>> credentials;
    private final EndedSessions ended;

    /** Sessions of this process alone: a random key, sign-outs kept in memory, passwords not followed. */
    public SessionStore(Duration lifetime, Clock clock) {
        this(lifetime, clock, randomKey(), name -> Optional.of(""), new EndedSessions(clock));
    }

    /**
     * @param key the signing key, the same on every instance ({@link #keyFrom})
     * @param credentials the credential in force for an account name, which changes whenever its password does and
     *     is the same on every instance; empty when there is no such account
     * @param ended the signed-out sessions, shared between instances
     */
    public SessionStore(Duration lifetime, Clock clock, byte[] key, Function<String, Optional<String>> credentials,
                        EndedSessions ended) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the session key must have 32 bytes or more but has " + key.length);
        }
        this.lifetime = lifetime;
        this.clock = clock;
        this.key = key.clone();
        this.credentials = credentials;
        this.ended = ended;
    }

    /** The session key derived from the secret the instances share, kept apart from its other uses. */
    public static byte[] keyFrom(String sharedSecret) {
        if (sharedSecret == null || sharedSecret.isBlank()) {
            throw new IllegalArgumentException("the shared secret for sessions is empty");
        }
        return Base64.getUrlDecoder().decode(SessionToken.derive(
                sharedSecret.getBytes(StandardCharsets.UTF_8), "tinradar session signing key v1"));
    }

    public String open(UserDirectory.Principal principal) {
        String credential = credentials.apply(principal.name()).orElseThrow(() -> new IllegalArgumentException(
                "no account named '" + principal.name() + "' to open a session for"));
        return new SessionToken(randomId(), principal.name(), principal.role(), clock.instant().plus(lifetime),
                credentialDigest(principal.name(), credential)).sign(key);
    }

    public Optional<UserDirectory.Principal> find(String token) {
        return live(token).map(s -> new UserDirectory.Principal(s.name(), s.role()));
    }

    /** The session's anti-forgery token (sent as {@code X-CSRF-Token} or the form field {@code csrf}). */
    public Optional<String> formToken(String token) {
        return live(token).map(s -> SessionToken.derive(key, "form|" + s.id()));
    }

    /** Whether the session is open and not expired. */
    public boolean isOpen(String token) {
        return live(token).isPresent();
    }

    /** Signs the session out on every instance; throws when that could not be recorded. */
    public void close(String token) {
        Optional<SessionToken> s = SessionToken.verify(token, key);
        if (s.isPresent() && !ended.ended(s.get().id())) {
            ended.end(s.get().id(), s.get().expires());
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

    private Optional<SessionToken> live(String token) {
        Optional<SessionToken> s = SessionToken.verify(token, key);
        if (s.isEmpty() || ended.ended(s.get().id())) {
            return Optional.empty();
        }
        boolean expired = s.get().expires().isBefore(clock.instant());
        boolean passwordChanged = !credentials.apply(s.get().name())
                .map(c -> credentialDigest(s.get().name(), c)).filter(s.get().credential()::equals).isPresent();
        if (expired || passwordChanged) {
            closeListeners.forEach(l -> l.accept(token));
            return Optional.empty();
        }
        return s;
    }

    /** Stands for the credential in the cookie without revealing anything of it. */
    private String credentialDigest(String name, String credential) {
        return SessionToken.derive(key, "credential|" + name + "|" + credential).substring(0, 22);
    }

    private String randomId() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
