package vn.tinradar.ingest.recheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An article's title or body with what changes on every visit taken out, so that only an edit counts as one.
 *
 * <p>Taken out: white space differences (runs fold to one space, NFC), view and comment counters ("1.234 lượt
 * xem", "Lượt đọc: 56"), "cập nhật" and "đăng lúc" date lines with their time and date, and lines that are only an
 * advertisement label ("Quảng cáo", "Advertisement", "Tin tài trợ"). Everything else, punctuation and letter case
 * included, is kept: a changed figure or a changed name is exactly what staff must see.
 */
public final class ComparableText {

    private static final String TIME = "\\d{1,2}[:hg]\\d{2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?";
    private static final String DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}";
    private static final String WEEKDAY = "(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)\\s*,?\\s*)?";
    private static final Pattern STAMP = Pattern.compile("(?iu)(?:cập\\s+nhật|đăng|ngày\\s+đăng|xuất\\s+bản|"
            + "updated|published)(?:\\s+lúc|\\s+ngày)?\\s*:?\\s*" + WEEKDAY
            + "(?:(?:" + TIME + "|" + DATE + ")\\s*(?:,|-|\\||ngày|\\(GMT\\+7\\)|GMT\\+7)?\\s*){1,3}");
    private static final Pattern COUNTER = Pattern.compile(
            "(?iu)(?:\\d[\\d.,]*\\s*(?:lượt\\s+(?:xem|đọc|thích|chia\\s+sẻ)|bình\\s+luận|views?|comments?))"
                    + "|(?:(?:lượt\\s+(?:xem|đọc)|views?)\\s*:?\\s*\\d[\\d.,]*)");
    private static final Pattern AD_LINE = Pattern.compile(
            "(?imu)^\\s*(?:quảng\\s+cáo|advertisement|tin\\s+tài\\s+trợ|sponsored|ads?)\\s*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ComparableText() {
    }

    /** The text as edits are judged: trivial parts out, white space folded; "" for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = AD_LINE.matcher(s).replaceAll(" ");
        s = STAMP.matcher(s).replaceAll(" ");
        s = COUNTER.matcher(s).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").trim();
    }

    /** SHA-256 in hex of {@link #of(String)}: equal for two visits that differ only trivially. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
