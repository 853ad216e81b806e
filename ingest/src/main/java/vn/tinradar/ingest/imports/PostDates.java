package vn.tinradar.ingest.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VnTime;

/**
 * A post's time as exports write it: ISO-8601 with or without an offset, "2026-11-30 08:15:00" followed by a
 * zone name ("ICT", "UTC"), Vietnamese "30/11/2026 08:15", or seconds or milliseconds since 1970. A time without
 * a zone is Vietnam time, as for the press.
 */
final class PostDates {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern WITH_ZONE = Pattern.compile("(.+?)\\s+([A-Za-z]{2,5}|[+-]\\d{2}:?\\d{2})");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/yyyy[ H:mm[:ss]]");
    private static final Map<String, ZoneId> ZONE_NAMES = Map.of("ICT", VnTime.ZONE, "UTC", ZoneOffset.UTC,
            "GMT", ZoneOffset.UTC, "Z", ZoneOffset.UTC);

    private PostDates() {
    }

    /** The time {@code value} names, in the offset it gave (+07:00 when none). */
    static OffsetDateTime parse(String value) {
        String v = value.strip();
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant at = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return at.atZone(VnTime.ZONE).toOffsetDateTime();
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException notWithOffset) {
            // the forms below
        }
        Matcher zoned = WITH_ZONE.matcher(v);
        if (zoned.matches()) {
            ZoneId zone = zone(zoned.group(2));
            LocalDateTime local = local(zoned.group(1));
            if (zone != null && local != null) {
                return local.atZone(zone).toOffsetDateTime();
            }
        }
        LocalDateTime local = local(v);
        if (local == null) {
            throw new IllegalArgumentException("not a date and time: '" + value + "'");
        }
        return local.atZone(VnTime.ZONE).toOffsetDateTime();
    }

    private static ZoneId zone(String name) {
        ZoneId named = ZONE_NAMES.get(name.toUpperCase(java.util.Locale.ROOT));
        if (named != null) {
            return named;
        }
        try {
            return ZoneOffset.of(name.length() == 5 ? name.substring(0, 3) + ":" + name.substring(3) : name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDateTime local(String v) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SPACED}) {
            try {
                return LocalDateTime.parse(v, f);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        try {
            var parsed = VIETNAMESE.parseBest(v, LocalDateTime::from, LocalDate::from);
            return parsed instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) parsed;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
