package vn.tinradar.common.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How the product shows time to staff: Asia/Ho_Chi_Minh, dd/MM/yyyy. */
public final class VnTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private VnTime() {
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /**
     * A time staff typed: ISO with an offset, or a Vietnam local time as a browser's datetime-local sends it
     * ({@code 2026-11-20T17:00}).
     *
     * @throws DateTimeParseException when it is neither
     */
    public static Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
        }
    }

    /**
     * As {@link #parse(String)}, null for a blank value.
     *
     * @param field the parameter's name, for the error
     * @throws IllegalArgumentException naming the field and the value when it is neither
     */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date and time like 2026-11-20T17:00 but was '"
                    + value + "'");
        }
    }
}
