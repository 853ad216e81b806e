package vn.tinradar.ingest.health;

import vn.tinradar.ingest.crawl.FeedState;

/**
 * Where one feed of a source stands, as the health view needs it.
 *
 * @param polled whether the feed has been polled at least once since the service started
 */
public record FeedProgress(String url, FeedState state, boolean polled) {
}
