package vn.tinradar.alerts.view;

import java.time.Instant;

/** One action on an alert, for the audit trail: who did what, when, and any detail (e.g. a silence's reason). */
public record AuditEntry(String alertId, String action, String user, Instant at, String detail) {
}
