package vn.tinradar.ingest.crawl;

import java.util.List;
import vn.tinradar.ingest.social.SocialListing;

/**
 * The posts read from one document behind an article or a feed item (a thread page, a comment list), or the one
 * problem that stopped them: a dead letter of {@code reason} naming {@code url}.
 */
record PostsRead(SocialListing posts, String url, String reason, String detail, long size) {

    static PostsRead of(SocialListing posts) {
        return new PostsRead(posts, null, null, null, 0);
    }

    static PostsRead none() {
        return of(new SocialListing(List.of(), List.of()));
    }

    static PostsRead failed(String url, String reason, String detail, long size) {
        return new PostsRead(null, url, reason, detail, size);
    }

    boolean failed() {
        return reason != null;
    }
}
