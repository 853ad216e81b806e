package vn.tinradar.analyze.pipeline.index;

import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.ScoredArticle;

/** What one index shard found: total matches, its best hits in the requested order, and facet counts. */
public record ShardResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /** One match with its relevance score and publication time (epoch ms), the two keys results are merged by. */
    public record Hit(float score, long published, ScoredArticle article) {
    }
}
