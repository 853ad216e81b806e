package vn.tinradar.ingest.extract;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The time zone a forum states for the times it prints ("Múi giờ GMT +8. Hiện tại là 02:43 AM", "All times are
 * GMT +7"): a vBulletin board is set to its owner's zone, which is not always Vietnam's, and its date lines carry
 * no offset of their own.
 */
public final class BoardZone {

    private static final Pattern STATED = Pattern.compile(
            "(?i)(?:múi giờ|all times are)\\s*(?:gmt|utc)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?");

    private BoardZone() {
    }

    /** The zone the page states for its times, or empty when it states none. */
    public static Optional<ZoneId> of(Document doc) {
        for (Element e : doc.getElementsMatchingOwnText("(?i)(múi giờ|all times are)\\s*(gmt|utc)")) {
            Matcher m = STATED.matcher(e.ownText());
            if (m.find()) {
                if (m.group(1) == null) {
                    return Optional.of(ZoneOffset.UTC); // "All times are GMT." with no offset: the board runs on GMT
                }
                int hours = Integer.parseInt(m.group(2));
                int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (hours > 14 || minutes > 59) {
                    continue;
                }
                int seconds = (hours * 60 + minutes) * 60;
                return Optional.of(ZoneOffset.ofTotalSeconds(m.group(1).equals("-") ? -seconds : seconds));
            }
        }
        return Optional.empty();
    }
}
