package vn.tinradar.alerts.delivery;

import java.time.Instant;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.text.VietnameseText;

/**
 * A period during which matching alerts are not sent: every matcher that is set must agree (rule, topic,
 * place without diacritics, story, alert id). Who set it and why are kept for the audit trail.
 */
public record Silence(String id, String rule, String topic, String place, String storyId, String alertId,
                      Instant startsAt, Instant endsAt, String author, String reason) {

    public Silence {
        if (endsAt == null || startsAt == null || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts but was " + startsAt + " → "
                    + endsAt);
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a silence needs an author");
        }
        if (rule == null && topic == null && place == null && storyId == null && alertId == null) {
            throw new IllegalArgumentException("a silence needs at least one matcher "
                    + "(rule, topic, place, storyId or alertId)");
        }
    }

    public boolean activeAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean matches(Alert alert) {
        return (rule == null || rule.equals(alert.rule()))
                && (topic == null || topic.equals(alert.topic()))
                && (storyId == null || storyId.equals(alert.storyId()))
                && (alertId == null || alertId.equals(alert.id()))
                && (place == null || alert.place() != null
                && VietnameseText.fold(place).equals(VietnameseText.fold(alert.place())));
    }
}
