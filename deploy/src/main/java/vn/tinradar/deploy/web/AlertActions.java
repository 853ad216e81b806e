package vn.tinradar.deploy.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.tinradar.alerts.delivery.Silence;
import vn.tinradar.common.text.VnTime;

/** Reads the parameters of the alert actions (assign, silence), naming the bad one in the error. */
final class AlertActions {

    private AlertActions() {
    }

    /** A response deadline: ISO with offset, or local Lào Cai time as a browser's datetime-local sends it. */
    static Instant deadline(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.trim()).atZone(VnTime.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("due must be a date and time like 2026-11-20T17:00 but was '"
                        + value + "'");
            }
        }
    }

    static long minutes(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("minutes must be a whole number of minutes but was '" + value + "'");
        }
    }

    /** A silence on one alert by the signed-in user; the service sets when it starts and ends. */
    static Silence silenceOf(String alertId, String author, String reason) {
        Instant now = Instant.now();
        return new Silence(null, null, null, null, null, alertId, now, now.plusSeconds(1), author,
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
