package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import vn.tinradar.common.event.Engagement;

/**
 * Whether a social post sent before is sent again because its counts changed on a later poll: analysis keeps the
 * post's engagement over time from these observations. At most once per interval a post ({@code
 * ingest.post-recount-minutes}), so a channel polled every few minutes does not send each of its posts on every poll. Only the social listings ask this; a press
 * article is sent again only when it is revised.
 */
final class PostRecount {

    private PostRecount() {
    }

    /** The counts as remembered in {@link SeenArticle#counts()}: "like,comment,share,view", null when unknown. */
    static String counts(Engagement e) {
        return e == null ? null : e.like() + "," + e.comment() + "," + e.share() + "," + e.view();
    }

    /**
     * @param sent the post as sent before, or null when it never was
     * @param now the counts this poll read, or null when the listing shows none
     * @param interval the least time between two sendings of one post
     */
    static boolean due(SeenArticle sent, Engagement now, Instant at, Duration interval) {
        if (sent == null || now == null || counts(now).equals(sent.counts())) {
            return false;
        }
        return sent.at() == null || !at.isBefore(sent.at().plus(interval));
    }
}
