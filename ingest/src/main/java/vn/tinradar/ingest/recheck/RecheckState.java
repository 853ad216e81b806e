package vn.tinradar.ingest.recheck;

import java.time.Instant;

/**
 * What ingest remembers of one watched article between re-checks: the value (JSON) of the compacted
 * {@code ingest.recheck} topic, keyed by article id, so the schedule and the last revision survive a restart.
 *
 * @param title the title as the alert showed it, until the first re-check reads the page
 * @param revision the last revision kept (0: none yet); {@code body} and {@code bodyHash} are that revision's
 * @param lastCheck when the page was last looked at (null: never)
 * @param removed whether a takedown was found: the article is not looked at again
 */
public record RecheckState(String articleId, String url, String source, Instant anchor, String title, String body,
                           String bodyHash, int revision, Instant lastCheck, boolean removed) {

    /** A watch not yet checked. */
    static RecheckState first(String articleId, String url, String source, Instant anchor, String title) {
        return new RecheckState(articleId, url, source, anchor, title, null, null, 0, null, false);
    }

    /** Checked at {@code at} with nothing new to keep. */
    RecheckState checked(Instant at) {
        return new RecheckState(articleId, url, source, anchor, title, body, bodyHash, revision, at, removed);
    }

    /** A new revision kept at {@code at}. */
    RecheckState revised(String newTitle, String newBody, String newHash, Instant at) {
        return new RecheckState(articleId, url, source, anchor, newTitle, newBody, newHash, revision + 1, at, false);
    }

    /** Found taken down at {@code at}, as revision + 1. */
    RecheckState takenDown(Instant at) {
        return new RecheckState(articleId, url, source, anchor, title, body, bodyHash, revision + 1, at, true);
    }
}
