package vn.tinradar.alerts.spokes;

/**
 * A request for an official response as staff make it from an alert.
 *
 * @param due the deadline, ISO or the browser's local time ("2026-11-20T17:00", Vietnam time)
 */
public record RequestDraft(String agencyId, String due, String note) {
}
