package vn.tinradar.alerts.view;

import java.time.Instant;

/** Who must handle an alert and by when, and who asked. */
public record Assignment(String alertId, String assignee, Instant dueBy, String assignedBy, Instant assignedAt) {

    public boolean overdueAt(Instant now) {
        return dueBy != null && now.isAfter(dueBy);
    }
}
