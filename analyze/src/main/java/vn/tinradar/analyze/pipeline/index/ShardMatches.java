package vn.tinradar.analyze.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.Json;

/**
 * What one index shard found, its best hits not decoded yet: a search over several shards decodes only the hits
 * that survive the merge, instead of every shard's best.
 */
public record ShardMatches(long total, List<Match> matches, Map<String, Map<String, Long>> facets) {

    /** One match: the keys results are merged by, and the stored article as JSON, decoded by {@link #hit()}. */
    public record Match(float score, long published, String id, byte[] json) {

        public ShardResult.Hit hit() {
            try {
                return new ShardResult.Hit(score, published, Json.mapper().readValue(json, ScoredArticle.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read stored article " + id, e);
            }
        }
    }

    /** Every match decoded. */
    public ShardResult decoded() {
        return new ShardResult(total, matches.stream().map(Match::hit).toList(), facets);
    }
}
