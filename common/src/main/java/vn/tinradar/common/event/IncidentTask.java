package vn.tinradar.common.event;

import java.time.Instant;

/** A task of an incident: what to do, who does it, by when, and whether (and by whom) it was done. */
public record IncidentTask(String id, String text, String owner, Instant deadline, boolean done, String doneBy,
                           Instant doneAt, String addedBy, Instant addedAt) {

    public IncidentTask finished(String by, Instant at) {
        return new IncidentTask(id, text, owner, deadline, true, by, at, addedBy, addedAt);
    }
}
