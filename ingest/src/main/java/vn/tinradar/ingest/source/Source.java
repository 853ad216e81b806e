package vn.tinradar.ingest.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.common.event.SourceTier;

/**
 * A publication TinRadar watches, as declared in the sources registry.
 *
 * @param provinceOnly every article is about the province; when false analyze decides relevance
 * @param minIntervalSeconds fastest polling; 0 = ingest's default
 * @param maxIntervalSeconds slowest polling; 0 = ingest's default
 * @param allowPrivateNetwork lets the source's own hosts (of its feeds and home) resolve to private or loopback
 *     addresses (demo and tests only); links to any other host must stay public
 * @param comments where its articles' readers' comments are, or null when they are not collected
 */
public record Source(String id, String name, String home, SourceTier tier, boolean provinceOnly,
                     boolean allowPrivateNetwork, int minIntervalSeconds, int maxIntervalSeconds,
                     List<Feed> feeds, Selectors selectors, CommentsAt comments) {

    public Source {
        feeds = List.copyOf(feeds);
        selectors = selectors == null ? Selectors.NONE : selectors;
    }

    /** A source whose readers' comments are not collected. */
    public Source(String id, String name, String home, SourceTier tier, boolean provinceOnly,
                  boolean allowPrivateNetwork, int minIntervalSeconds, int maxIntervalSeconds, List<Feed> feeds,
                  Selectors selectors) {
        this(id, name, home, tier, provinceOnly, allowPrivateNetwork, minIntervalSeconds, maxIntervalSeconds, feeds,
                selectors, null);
    }

    /** Hosts that may resolve to private addresses: its feeds' and home's hosts when allowed, else none. */
    public Set<String> privateHosts() {
        if (!allowPrivateNetwork) {
            return Set.of();
        }
        Set<String> hosts = new HashSet<>();
        if (home != null) {
            hosts.addAll(FetchRequest.hostOf(home));
        }
        for (Feed feed : feeds) {
            hosts.addAll(FetchRequest.hostOf(feed.url()));
        }
        return hosts;
    }
}
