package vn.tinradar.common.event;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One article or post as ingest found it: the value of {@code articles.raw}, keyed by {@link #id()}.
 *
 * <p>{@code id} is derived from the canonical URL ({@link ArticleIds}), so fetching the same page twice gives
 * the same key. {@code published} keeps the offset the site gave (usually +07:00); when no date could be
 * found it is the fetch time and {@code dateSource} says {@code "fetched"}, never silently. A social post also
 * carries {@link #post()} (its platform, page and parent) and the engagement counted when it was collected; an
 * article of the press has no {@code post}.
 */
public record Article(
        int v,
        String id,
        String url,
        String sourceId,
        String sourceName,
        SourceTier tier,
        String title,
        String summary,
        String text,
        String author,
        String section,
        String image,
        String language,
        OffsetDateTime published,
        OffsetDateTime updated,
        String dateSource,
        Instant fetchedAt,
        String contentHash,
        Engagement engagement,
        boolean provinceSource,
        SocialPost post) {

    public static final int VERSION = 1;

    /** An article of the press or the web, with no social post behind it. */
    public Article(int v, String id, String url, String sourceId, String sourceName, SourceTier tier, String title,
                   String summary, String text, String author, String section, String image, String language,
                   OffsetDateTime published, OffsetDateTime updated, String dateSource, Instant fetchedAt,
                   String contentHash, Engagement engagement, boolean provinceSource) {
        this(v, id, url, sourceId, sourceName, tier, title, summary, text, author, section, image, language,
                published, updated, dateSource, fetchedAt, contentHash, engagement, provinceSource, null);
    }

    /** Title, lead and body joined, the text every scorer reads. */
    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {title, leadAndBody()}) {
            if (part != null && !part.isBlank()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    /**
     * The lead, then the body, with the lead once: ingest opens an extracted page's body with its lead (sapo), so
     * a body that already begins with the lead is not prefixed with it again, and its words are not counted twice.
     */
    public String leadAndBody() {
        boolean hasLead = summary != null && !summary.isBlank();
        boolean hasBody = text != null && !text.isBlank();
        if (!hasLead) {
            return hasBody ? text : "";
        }
        if (!hasBody) {
            return summary;
        }
        return opensWith(text, summary) ? text : summary + "\n" + text;
    }

    /** Whether {@code body} begins with {@code lead}, white space folded (one of them may have been re-wrapped). */
    static boolean opensWith(String body, String lead) {
        int b = 0;
        int l = 0;
        while (l < lead.length()) {
            char lc = lead.charAt(l);
            if (Character.isWhitespace(lc)) {
                l++;
                continue;
            }
            while (b < body.length() && Character.isWhitespace(body.charAt(b))) {
                b++;
            }
            if (b >= body.length() || body.charAt(b) != lc) {
                return false;
            }
            b++;
            l++;
        }
        return true;
    }

    public Article withText(String newTitle, String newSummary, String newText, String newHash) {
        return new Article(v, id, url, sourceId, sourceName, tier, newTitle, newSummary, newText, author, section,
                image, language, published, updated, dateSource, fetchedAt, newHash, engagement, provinceSource, post);
    }
}
