package vn.tinradar.ingest.extract;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the date line a reader sees with the article: among the elements named like a date
 * ({@code class="date"}, {@code spanTime}, {@code itemprop="datePublished"}, or the line around a microdata
 * {@code <meta itemprop="datePublished">}, or an empty element a script fills with a date), the one nearest the
 * headline, so today's date in the site's header and the times of a related-news list do not pass for the article's.
 */
final class DateLine {

    private static final String DATE_ELEMENTS = "[class~=(?i)(^|[_-])(date|time|datetime|ngay|publish|published|"
            + "pubdate|timestamp|ngay-?dang|thoi-?gian)([_-]|$)], [class~=^(spanTime|timePost)$], [itemprop=datePublished], "
            + ":has(> meta[itemprop=datePublished])";
    private static final Evaluator IS_DATE = QueryParser.parse(DATE_ELEMENTS);
    private static final int MAX_LINE = 120;

    private DateLine() {
    }

    /** The parseable date element nearest the headline (in document order), or the first one when there is no headline. */
    static Optional<OffsetDateTime> nearHeadline(Document doc, Element headline) {
        return nearHeadline(doc, headline, VietnameseDates.DEFAULT_ZONE);
    }

    /** As {@link #nearHeadline(Document, Element)}, reading a date line that gives no offset in {@code zone}. */
    static Optional<OffsetDateTime> nearHeadline(Document doc, Element headline, ZoneId zone) {
        Map<String, String> scripted = ScriptWrittenText.byId(doc);
        Elements all = doc.getAllElements();
        int anchor = headline == null ? -1 : all.indexOf(headline);
        OffsetDateTime best = null;
        int bestDistance = Integer.MAX_VALUE;
        int index = 0;
        for (Element e : all) {
            index++;
            String text = e.text().isBlank() && !e.id().isEmpty() ? scripted.get(e.id()) : e.text();
            boolean scriptedDate = text != null && e.text().isBlank();
            if (text == null || e.normalName().equals("meta") || !(scriptedDate || e.is(IS_DATE))
                    || text.length() > MAX_LINE) {
                continue;
            }
            Optional<OffsetDateTime> d = withTooltipTime(e, VietnameseDates.parse(text, zone), zone);
            if (d.isEmpty()) {
                continue;
            }
            if (anchor < 0) {
                return d;
            }
            int distance = Math.abs(index - 1 - anchor);
            if (distance < bestDistance) {
                best = d.get();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Forums print the day ("14/12/12") and keep the exact time in the tooltip ({@code title="14/12/12 at 16:18"});
     * the tooltip gives the time when it names the same day.
     */
    private static Optional<OffsetDateTime> withTooltipTime(Element e, Optional<OffsetDateTime> shown, ZoneId zone) {
        if (shown.isEmpty() || !shown.get().toLocalTime().equals(LocalTime.MIDNIGHT) || !e.hasAttr("title")) {
            return shown;
        }
        Optional<OffsetDateTime> tooltip = VietnameseDates.parse(e.attr("title"), zone);
        return tooltip.filter(t -> t.toLocalDate().equals(shown.get().toLocalDate())).or(() -> shown);
    }
}
