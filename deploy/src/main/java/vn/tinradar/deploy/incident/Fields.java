package vn.tinradar.deploy.incident;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.common.text.VnTime;

/** Reads one field of what staff send about an incident, naming the field, its value and what was expected. */
final class Fields {

    private Fields() {
    }

    /** The text in NFC, blanks collapsed, checked non-empty and at most {@code max} characters. */
    static String text(String field, String value, int max, String what) {
        String t = optionalText(field, value, max, what);
        if (t == null) {
            throw bad(field, value, what);
        }
        return t;
    }

    /** As {@link #text} but null when absent or blank. */
    static String optionalText(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = VietnameseText.nfc(value).strip().replaceAll("[ \\t]+", " ");
        if (t.length() > max) {
            throw bad(field, value, what + ", at most " + max + " characters");
        }
        return t;
    }

    /** A time as ISO with an offset, or a Vietnam local time as a browser's datetime-local sends it; null if blank. */
    static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return VnTime.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(field, value, "a date and time like 2026-11-20T17:00");
        }
    }

    /** An http(s) address, or null when blank. */
    static String link(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(value.strip());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u.toString();
            }
        } catch (URISyntaxException e) {
            // named below
        }
        throw bad(field, value, "an http(s) address");
    }

    static IllegalArgumentException bad(String field, String value, String expected) {
        return new IllegalArgumentException("field '" + field + "' must be " + expected + " but was '"
                + (value == null ? "" : value) + "'");
    }
}
