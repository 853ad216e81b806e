package vn.tinradar.deploy.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.tinradar.common.text.VnTime;

/** The date styles Vietnamese news sites really print, by the names {@link DemoSource} uses for them. */
final class DemoDates {

    private static final String[] WEEKDAYS = {"Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"};
    private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final DateTimeFormatter RFC822_GMT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ENGLISH);

    private DemoDates() {
    }

    static String format(String style, Instant instant) {
        ZonedDateTime local = instant.atZone(VnTime.ZONE);
        return switch (style) {
            case "weekday-gmt7" -> WEEKDAYS[local.getDayOfWeek().getValue() - 1] + ", "
                    + DMY_HM.format(local) + " (GMT+7)";
            case "dmy-hm" -> pattern("dd/MM/yyyy HH:mm", local);
            case "hm-dmy" -> pattern("HH:mm | dd/MM/yyyy", local);
            case "dmy-dash-hm" -> pattern("dd/MM/yyyy - HH:mm", local);
            case "gov" -> pattern("dd/MM/yyyy HH:mm:ss", local);
            case "forum" -> pattern("dd/MM/yyyy 'lúc' HH:mm", local);
            case "us-ampm" -> US.format(local);
            case "rfc822" -> RFC822.format(local);
            case "rfc822-gmt" -> RFC822_GMT.format(instant.atZone(ZoneOffset.UTC));
            case "iso" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.toOffsetDateTime().withNano(0));
            case "sql" -> pattern("yyyy-MM-dd HH:mm:ss", local);
            default -> throw new IllegalArgumentException("unknown demo date style '" + style + "'");
        };
    }

    static String iso(Instant instant) {
        return format("iso", instant);
    }

    private static String pattern(String pattern, ZonedDateTime local) {
        return DateTimeFormatter.ofPattern(pattern).format(local);
    }
}
