package vn.tinradar.analyze.query.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.pipeline.index.CatchUpProgress;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;

/**
 * The answer to a search in the shape of DESIGN.md: total matches, one page of hits, and facet counts over all
 * matches ({@code source, tier, topic, place, sentiment, day}; day values are dd/MM/yyyy, newest first).
 *
 * @param unreachable other analyze instances ({@code host:port}) that did not answer in time: their shards' hits
 *     are missing from this result; empty when every shard answered
 * @param catchingUp this instance's shards still re-indexing their articles store (just started or taken over):
 *     the articles they have not reached yet are missing from this result; empty when every local shard is
 *     caught up
 */
public record SearchResult(long total, int offset, int limit, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           List<String> unreachable, List<CatchUpProgress> catchingUp) {

    public SearchResult {
        unreachable = unreachable == null ? List.of() : List.copyOf(unreachable);
        catchingUp = catchingUp == null ? List.of() : List.copyOf(catchingUp);
    }

    /** One matching article; {@code snippet} is HTML with matches in {@code <mark>}, everything else escaped. */
    public record Hit(String id, String title, String url, String source, String sourceId, SourceTier tier,
                      OffsetDateTime published, String snippet, float score, List<TopicScore> topics,
                      List<PlaceTag> places, Sentiment sentiment, Suspicion suspicion, String storyId,
                      String duplicateOf) {
    }

    public record FacetValue(String value, long count) {
    }
}
