package vn.tinradar.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.common.event.Engagement;

/** Reads like/comment/share counts that forum and social pages print in short counter elements. */
final class EngagementReader {

    private static final String COUNTERS = "[class~=(?i)(like|comment|share|reaction|interact|stat|count|luot)]";
    private static final Pattern LIKE = Pattern.compile("(\\d[\\d.,]*\\s*[kK]?)\\s*(lượt thích|thích|likes?|reactions?|cảm xúc)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("(\\d[\\d.,]*\\s*[kK]?)\\s*(bình luận|comments?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\d[\\d.,]*\\s*[kK]?)\\s*(lượt chia sẻ|chia sẻ|shares?)",
            Pattern.CASE_INSENSITIVE);

    private EngagementReader() {
    }

    /** The counts shown on the page, or null when it shows none. */
    static Engagement read(Document doc) {
        Long like = null;
        Long comment = null;
        Long share = null;
        for (Element e : doc.select(COUNTERS)) {
            String text = e.text();
            if (text.isBlank() || text.length() > 80) {
                continue;
            }
            like = like != null ? like : count(LIKE, text);
            comment = comment != null ? comment : count(COMMENT, text);
            share = share != null ? share : count(SHARE, text);
        }
        return like == null && comment == null && share == null ? null : new Engagement(like, comment, share);
    }

    /** "1.234" (Vietnamese thousands dot), "1,2K", "3k". */
    static Long count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).replace(" ", "");
        boolean thousands = n.toLowerCase().endsWith("k");
        if (thousands) {
            double v = Double.parseDouble(n.substring(0, n.length() - 1).replace(',', '.'));
            return Math.round(v * 1000);
        }
        try {
            return Long.parseLong(n.replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
