package vn.tinradar.ingest.recheck;

import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ArticleRevision;

/**
 * What one re-check found: the state to remember, and the revision and change to publish when there is one.
 *
 * @param revision null when nothing new was kept
 * @param change null unless an edit or a takedown was found
 * @param unreadable why the page could not be judged this time (timeout, 5xx, robots, too large), else null
 */
public record CheckResult(RecheckState state, ArticleRevision revision, ArticleChange change, String unreadable) {
}
