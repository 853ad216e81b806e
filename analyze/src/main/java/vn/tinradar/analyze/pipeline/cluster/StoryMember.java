package vn.tinradar.analyze.pipeline.cluster;

import java.time.Instant;
import java.util.List;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;

/**
 * What a story keeps of each of its articles: enough to recount it and to explain its signals.
 *
 * @param claimSignals the article's debunked-claim signals (null in members stored before they were kept)
 * @param platform the social platform of a post ({@code facebook}, {@code youtube}...), null for the press and in
 *     members stored before it was kept
 * @param fastSpread a post's fast-spread signal (how its shares grew), or null
 */
public record StoryMember(String id, String title, String url, String sourceId, String sourceName, SourceTier tier,
                          Instant published, String root, boolean copy, boolean negative, double suspicion,
                          List<String> topics, List<PlaceTag> places, List<Signal> claimSignals, String platform,
                          Signal fastSpread) {

    /** A member that is not a social post. */
    public StoryMember(String id, String title, String url, String sourceId, String sourceName, SourceTier tier,
                       Instant published, String root, boolean copy, boolean negative, double suspicion,
                       List<String> topics, List<PlaceTag> places, List<Signal> claimSignals) {
        this(id, title, url, sourceId, sourceName, tier, published, root, copy, negative, suspicion, topics, places,
                claimSignals, null, null);
    }

    boolean socialPost() {
        return platform != null;
    }

    ArticleRef ref() {
        return new ArticleRef(id, title, url, sourceName, tier,
                published.atOffset(java.time.ZoneOffset.ofHours(7)));
    }

    boolean lowTier() {
        return tier != null && tier.isLowTier();
    }

    String sourceLabel() {
        return sourceName != null ? sourceName : sourceId;
    }
}
