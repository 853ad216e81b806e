package vn.tinradar.alerts.spokes;

/** A spokesperson as an admin writes them, before they are checked; {@code agencyId} names their agency. */
public record PersonDraft(String name, String position, String agencyId, String email, String phone) {
}
