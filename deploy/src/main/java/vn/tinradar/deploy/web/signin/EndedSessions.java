package vn.tinradar.deploy.web.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions signed out before they expired, which no instance may accept any more. Kept until the session
 * would have expired anyway; {@link KafkaEndedSessions} shares them between instances.
 */
public class EndedSessions {

    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final Clock clock;

    public EndedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Ends the session everywhere; {@code expires} is when it would have ended by itself. */
    public void end(String sessionId, Instant expires) {
        remember(sessionId, expires);
    }

    public boolean ended(String sessionId) {
        return ended.containsKey(sessionId);
    }

    /** Notes a session ended here or on another instance, and forgets those that have expired since. */
    protected final void remember(String sessionId, Instant expires) {
        Instant now = clock.instant();
        ended.values().removeIf(e -> e.isBefore(now));
        if (!expires.isBefore(now)) {
            ended.put(sessionId, expires);
        }
    }
}
