package vn.tinradar.ingest.social;

import java.util.List;
import vn.tinradar.ingest.feeds.UnusableItem;

/** What one channel listing gave: its posts, newest first as listed, and the entries left out, each with why. */
public record SocialListing(List<SocialItem> posts, List<UnusableItem> skipped) {

    public SocialListing {
        posts = List.copyOf(posts);
        skipped = List.copyOf(skipped);
    }
}
