package vn.tinradar.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.common.text.VnTime;

/**
 * Reads the dates Vietnamese sites print: ISO-8601, RFC 822 ({@code Sat, 18 Feb 2017 15:16:55 +0700}),
 * ASP.NET's {@code 9/14/2026 6:44:00 PM}, {@code 22/11/2026 08:15}, {@code Thứ bảy, 22/11/2026, 08:15 (GMT+7)},
 * {@code 22-11-2026}, {@code 08h15 ngày 22 tháng 11 năm 2026}, two-digit years and {@code +07}/{@code GMT+7}
 * offsets. A date without a zone is local time in Asia/Ho_Chi_Minh; the offset the site gave is kept.
 */
public final class VietnameseDates {

    private static final String ZONE = "(?:\\s*\\(?\\s*(gmt|utc|ut|ict|z)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?\\s*\\)?|\\s*\\(?(gmt|utc|ut|ict|z)\\)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?" + ZONE + ")?");
    private static final Pattern RFC = Pattern.compile(
            "(\\d{1,2})[\\s-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?[\\s-]+(\\d{2,4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?" + ZONE);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern VN_WORDS = Pattern.compile(
            "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*,?\\s*năm\\s+|\\s*[,/]\\s*|\\s+)(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{2,4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s*(?::|h(?=\\d))\\s*(\\d{2})(?:\\s*:\\s*(\\d{2}))?(?:\\s*(am|pm|sa|ch|sáng|chiều|tối)\\b)?");
    private static final Pattern OFFSET = Pattern.compile(
            "(?:(gmt|utc)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)|(?<=:\\d\\d\\s?)([+-])(\\d{2}):?(\\d{2})(?!\\d)");
    private static final Pattern URL_SLASHED = Pattern.compile("/(20\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern URL_COMPACT = Pattern.compile(
            "(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:([01]\\d|2[0-3])([0-5]\\d))?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONE_HOURS = Map.of("gmt", 0, "utc", 0, "ut", 0, "z", 0, "ict", 7);

    /** The zone of a date that gives none: Vietnam's. */
    static final ZoneId DEFAULT_ZONE = VnTime.ZONE;

    /** Longest text read for a date: dates come first in date fields, the rest of a hostile value is ignored. */
    static final int MAX_TEXT = 200;

    private VietnameseDates() {
    }

    /** The first date found in {@code text}, in the site's offset (Asia/Ho_Chi_Minh when it gives none). */
    public static Optional<OffsetDateTime> parse(String text) {
        return parse(text, VnTime.ZONE);
    }

    public static Optional<OffsetDateTime> parse(String text, ZoneId defaultZone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_TEXT) {
            // a date line is short; the patterns' adjacent optional spaces backtrack quadratically on long runs
            text = text.substring(0, MAX_TEXT);
        }
        String s = VietnameseText.nfc(text).toLowerCase(Locale.ROOT).replace('\u00a0', ' ').trim();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                return build(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)), time(iso, 4, 5, 6, null),
                        offset(iso, 7), defaultZone);
            }
            Matcher rfc = RFC.matcher(s);
            if (rfc.find()) {
                LocalDate date = LocalDate.of(year(num(rfc, 3)), MONTHS.indexOf(rfc.group(2)) + 1, num(rfc, 1));
                return build(date, time(rfc, 4, 5, 6, null), offset(rfc, 7), defaultZone);
            }
            Matcher monthFirst = MONTH_FIRST.matcher(s);
            if (monthFirst.find()) {
                LocalDate date = LocalDate.of(num(monthFirst, 3), MONTHS.indexOf(monthFirst.group(1)) + 1,
                        num(monthFirst, 2));
                return withLooseTime(s, date, defaultZone);
            }
            Matcher words = VN_WORDS.matcher(s);
            if (words.find()) {
                return withLooseTime(s, LocalDate.of(num(words, 3), num(words, 2), num(words, 1)), defaultZone);
            }
            Matcher numeric = NUMERIC.matcher(s);
            if (numeric.find()) {
                return numericDate(s, numeric).flatMap(date -> withLooseTime(s, date, defaultZone));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date written into the URL ({@code /2026/11/22/} or a {@code 20261122…} id), at local midnight or the given time. */
    public static Optional<OffsetDateTime> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            Matcher slashed = URL_SLASHED.matcher(url);
            if (slashed.find()) {
                return build(LocalDate.of(num(slashed, 1), num(slashed, 2), num(slashed, 3)), LocalTime.MIDNIGHT,
                        null, VnTime.ZONE);
            }
            Matcher compact = URL_COMPACT.matcher(url);
            if (compact.find()) {
                LocalTime t = compact.group(4) == null ? LocalTime.MIDNIGHT
                        : LocalTime.of(num(compact, 4), num(compact, 5));
                return build(LocalDate.of(num(compact, 1), num(compact, 2), num(compact, 3)), t, null, VnTime.ZONE);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> numericDate(String s, Matcher m) {
        String first = m.group(1);
        int a = Integer.parseInt(first);
        int b = num(m, 3);
        int c = num(m, 4);
        if (first.length() == 4) {
            return Optional.of(LocalDate.of(a, b, c)); // 2026/11/22
        }
        int year = year(c);
        boolean twelveHourClock = s.matches(".*\\d\\s*(am|pm)\\b.*");
        // Vietnamese order is day/month; US order (ASP.NET "9/14/2026 6:44:00 PM") shows by a month > 12
        // in second place, or by an AM/PM clock when both orders would be valid
        if (b > 12 || twelveHourClock && a <= 12) {
            return Optional.of(LocalDate.of(year, a, b));
        }
        return Optional.of(LocalDate.of(year, b, a));
    }

    private static Optional<OffsetDateTime> withLooseTime(String s, LocalDate date, ZoneId zone) {
        Matcher t = TIME.matcher(s);
        LocalTime time = LocalTime.MIDNIGHT;
        if (t.find()) {
            time = time(t, 1, 2, 3, t.group(4));
        }
        Matcher o = OFFSET.matcher(s);
        ZoneOffset offset = null;
        if (o.find()) {
            if (o.group(1) != null) {
                offset = offsetOf(o.group(2), o.group(3), o.group(4));
            } else {
                offset = offsetOf(o.group(5), o.group(6), o.group(7));
            }
        }
        return build(date, time, offset, zone);
    }

    private static Optional<OffsetDateTime> build(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneOffset o = offset != null ? offset : zone.getRules().getOffset(local);
        return Optional.of(OffsetDateTime.of(local, o));
    }

    private static LocalTime time(Matcher m, int h, int min, int sec, String meridiem) {
        if (m.group(h) == null) {
            return LocalTime.MIDNIGHT;
        }
        int hour = num(m, h);
        if (meridiem != null) {
            boolean pm = meridiem.equals("pm") || meridiem.equals("ch") || meridiem.equals("chiều") || meridiem.equals("tối");
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
        }
        int second = m.group(sec) == null ? 0 : num(m, sec);
        return LocalTime.of(hour, num(m, min), second);
    }

    /** Offset from the ZONE group starting at {@code g}: named zone, sign, hours, minutes, or a lone name. */
    private static ZoneOffset offset(Matcher m, int g) {
        if (m.groupCount() < g + 4) {
            return null;
        }
        if (m.group(g + 1) != null) {
            ZoneOffset base = ZoneOffset.ofHours(ZONE_HOURS.getOrDefault(m.group(g) == null ? "gmt" : m.group(g), 0));
            ZoneOffset delta = offsetOf(m.group(g + 1), m.group(g + 2), m.group(g + 3));
            return ZoneOffset.ofTotalSeconds(base.getTotalSeconds() + delta.getTotalSeconds());
        }
        if (m.group(g + 4) != null) {
            return ZoneOffset.ofHours(ZONE_HOURS.getOrDefault(m.group(g + 4), 0));
        }
        return null;
    }

    private static ZoneOffset offsetOf(String sign, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        int total = h * 3600 + min * 60;
        return ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total);
    }

    private static int year(int y) {
        if (y >= 100) {
            return y;
        }
        return y < 70 ? 2000 + y : 1900 + y;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
