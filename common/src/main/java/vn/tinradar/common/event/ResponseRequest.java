package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * A request, made from an alert, for an agency's official response by a deadline: the value of
 * {@code spokes.requests}, keyed by {@link #id()} (compacted; each change writes the whole request again).
 *
 * @param mailedTo the spokespersons' addresses the request was mailed to (empty when the agency had none)
 * @param remindedAt when the reminder before the deadline was sent, null until then
 * @param response the agency's answer, null while none is recorded
 * @param reminderClaimedAt when an alerts instance took the reminder on to send it, null before; a record of
 *        version 1 written without it has its {@code remindedAt} as the claim too
 */
public record ResponseRequest(int v, String id, String alertId, String storyId, String alertTitle, String agencyId,
                              String agencyName, Instant due, String note, String requestedBy, Instant requestedAt,
                              List<String> mailedTo, Instant remindedAt, OfficialResponse response,
                              Instant reminderClaimedAt) {

    public static final int VERSION = 1;

    public ResponseRequest {
        mailedTo = mailedTo == null ? List.of() : List.copyOf(mailedTo);
        reminderClaimedAt = reminderClaimedAt == null ? remindedAt : reminderClaimedAt;
    }

    public ResponseRequest withMailedTo(List<String> addresses) {
        return new ResponseRequest(v, id, alertId, storyId, alertTitle, agencyId, agencyName, due, note, requestedBy,
                requestedAt, addresses, remindedAt, response, reminderClaimedAt);
    }

    public ResponseRequest withRemindedAt(Instant at) {
        return new ResponseRequest(v, id, alertId, storyId, alertTitle, agencyId, agencyName, due, note, requestedBy,
                requestedAt, mailedTo, at, response, reminderClaimedAt);
    }

    public ResponseRequest withReminderClaimedAt(Instant at) {
        return new ResponseRequest(v, id, alertId, storyId, alertTitle, agencyId, agencyName, due, note, requestedBy,
                requestedAt, mailedTo, remindedAt, response, at);
    }

    public ResponseRequest withResponse(OfficialResponse r) {
        return new ResponseRequest(v, id, alertId, storyId, alertTitle, agencyId, agencyName, due, note, requestedBy,
                requestedAt, mailedTo, remindedAt, r, reminderClaimedAt);
    }

    /** Where it stands at {@code now}: answered, past its deadline without an answer, or waiting. */
    public ResponseStatus status(Instant now) {
        if (response != null) {
            return ResponseStatus.RESPONDED;
        }
        return due != null && now.isAfter(due) ? ResponseStatus.OVERDUE : ResponseStatus.REQUESTED;
    }
}
