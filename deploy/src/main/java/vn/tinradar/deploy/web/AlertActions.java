package vn.tinradar.deploy.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import vn.tinradar.alerts.delivery.Silence;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.web.http.HttpErrors;

/**
 * Checks the alert actions staff send (assign, silence) before the alerts service sees them: an assignee must be a
 * known user, an alert is given to someone at most {@value #ASSIGNMENTS_PER_ALERT} times in
 * {@link #ASSIGNMENT_WINDOW}, and every value is read with the bad one named in the error.
 */
final class AlertActions {

    static final int ASSIGNMENTS_PER_ALERT = 3;
    static final Duration ASSIGNMENT_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ALERTS_TRACKED = 10_000;

    private final Predicate<String> knownUser;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recentAssignments = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ALERTS_TRACKED;
        }
    };

    /** @param knownUser true for a user name an alert may be given to (an account, or a mailed staff member) */
    AlertActions(Predicate<String> knownUser, Clock clock) {
        this.knownUser = knownUser;
        this.clock = clock;
    }

    /** The assignee, once it is known and the alert has not been reassigned too often lately. */
    String assignee(String alertId, String assignee) {
        String name = assignee == null ? "" : assignee.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("parameter 'assignee' is required: the user name of a staff member");
        }
        if (!knownUser.test(name)) {
            throw new IllegalArgumentException("parameter 'assignee': '" + name + "' is not a known user; "
                    + "give the user name of a staff account");
        }
        synchronized (recentAssignments) {
            Instant now = clock.instant();
            Deque<Instant> recent = recentAssignments.computeIfAbsent(alertId, id -> new ArrayDeque<>());
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(ASSIGNMENT_WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= ASSIGNMENTS_PER_ALERT) {
                throw new HttpErrors.TooManyRequests("Cảnh báo " + alertId + " đã được giao " + recent.size()
                        + " lần trong " + ASSIGNMENT_WINDOW.toMinutes() + " phút; hãy thử lại sau.");
            }
            recent.addLast(now);
        }
        return name;
    }

    /** A response deadline: ISO with offset, or local Lào Cai time as a browser's datetime-local sends it. */
    static Instant deadline(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return VnTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("due must be a date and time like 2026-11-20T17:00 but was '"
                    + value + "'");
        }
    }

    /** A silence on one alert by the signed-in user; the service sets when it starts and ends. */
    static Silence silenceOf(String alertId, String author, String reason) {
        Instant now = Instant.now();
        return new Silence(null, null, null, null, null, alertId, now, now.plusSeconds(1), author,
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
