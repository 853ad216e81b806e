package vn.tinradar.ingest.imports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.extract.VietnameseDates;

/**
 * A post's time as exports write it: seconds or milliseconds since 1970 (research sets, platform APIs), else any
 * form the crawler reads on pages ({@link VietnameseDates}: ISO with or without an offset, a zone name after the
 * time, "30/11/2026 08:15"…). A time without a zone is Vietnam time, as for the press.
 */
final class PostDates {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

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
        return VietnameseDates.parse(v)
                .orElseThrow(() -> new IllegalArgumentException("not a date and time: '" + value + "'"));
    }
}
