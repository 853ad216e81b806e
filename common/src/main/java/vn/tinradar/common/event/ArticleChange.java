package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * A silent edit or a takedown of a watched article, found by a re-check: the value of
 * {@code ingest.article-changes}, keyed by {@code articleId|revision}. The alerts rule {@code article-changed}
 * turns it into an alert that shows {@code reason} and the word-level diff.
 *
 * @param kind {@link #EDITED} or {@link #REMOVED}
 * @param reason why, in Vietnamese for staff ("tiêu đề và nội dung", "HTTP 404", "chuyển hướng về trang chủ")
 * @param titleDiff the title's word diff (empty when the title did not change)
 * @param bodyDiff the body's word diff, trimmed to the changed parts with a little context (empty when unchanged)
 */
public record ArticleChange(int v, String articleId, String url, String source, String kind, String reason,
                            String titleBefore, String titleAfter, List<DiffSpan> titleDiff, List<DiffSpan> bodyDiff,
                            int revision, Instant previousCheck, Instant detectedAt) {

    public static final int VERSION = 1;
    public static final String EDITED = "edited";
    public static final String REMOVED = "removed";

    public ArticleChange {
        titleDiff = titleDiff == null ? List.of() : List.copyOf(titleDiff);
        bodyDiff = bodyDiff == null ? List.of() : List.copyOf(bodyDiff);
    }

    public String key() {
        return articleId + "|" + revision;
    }
}
