package vn.tinradar.ingest.source;

import java.util.List;
import vn.tinradar.common.event.SourceTier;

/**
 * A publication TinRadar watches, as declared in the sources registry.
 *
 * @param provinceOnly every article is about the province; when false analyze decides relevance
 * @param minIntervalSeconds fastest polling; 0 = ingest's default
 * @param maxIntervalSeconds slowest polling; 0 = ingest's default
 * @param allowPrivateNetwork lets feeds and pages resolve to private or loopback addresses (demo and tests only)
 */
public record Source(String id, String name, String home, SourceTier tier, boolean provinceOnly,
                     boolean allowPrivateNetwork, int minIntervalSeconds, int maxIntervalSeconds,
                     List<Feed> feeds, Selectors selectors) {

    public Source {
        feeds = List.copyOf(feeds);
        selectors = selectors == null ? Selectors.NONE : selectors;
    }
}
