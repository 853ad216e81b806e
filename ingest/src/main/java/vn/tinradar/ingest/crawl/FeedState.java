package vn.tinradar.ingest.crawl;

import java.time.Instant;

/**
 * What the crawler remembers about one feed between polls.
 *
 * @param intervalSeconds the current adaptive interval between successful polls
 * @param failures consecutive failed polls (0 after a success)
 * @param bodyHash hash of the last body parsed, to skip unchanged feeds that ignore conditional GET
 */
public record FeedState(String etag, String lastModified, String bodyHash, long intervalSeconds, int failures,
                        Instant lastSuccess, Instant lastNewItem, Instant nextPollAt) {

    public static FeedState initial(long intervalSeconds) {
        return new FeedState(null, null, null, intervalSeconds, 0, null, null, null);
    }
}
