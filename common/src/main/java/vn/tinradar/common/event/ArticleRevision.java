package vn.tinradar.common.event;

import java.time.Instant;

/**
 * One revision of a watched article as a re-check found it: the value of the compacted {@code ingest.revisions}
 * topic, keyed by {@code articleId|revision}. Revision 1 is the text at the first re-check; a later one is kept
 * only when the page changed beyond the trivial (ingest README) or was taken down.
 *
 * @param bodyHash SHA-256 (hex) of the body after the trivial parts were taken out, what edits are judged by
 * @param removed whether this revision is a takedown; {@code removalReason} then says how it was seen
 */
public record ArticleRevision(int v, String articleId, String url, int revision, Instant checkedAt, String title,
                              String bodyHash, String body, boolean removed, String removalReason) {

    public static final int VERSION = 1;

    public String key() {
        return articleId + "|" + revision;
    }
}
