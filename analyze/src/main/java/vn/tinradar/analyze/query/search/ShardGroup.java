package vn.tinradar.analyze.query.search;

import java.util.concurrent.CompletableFuture;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;

/**
 * The index shards of another analyze instance, searched as one: the two phases of a search over shards. The
 * instance parses the request itself, with the same code, so both sides run the same Lucene query.
 */
public interface ShardGroup {

    /** Who answers, for logs and for the list of instances a result is missing ({@code host:port}). */
    String name();

    /** Phase one: the group's statistics for the request's terms. */
    CompletableFuture<SearchStats> stats(SearchRequest request);

    /** Phase two: the group's best {@code topN} hits in the request's order, scored with {@code stats}. */
    CompletableFuture<ShardResult> search(SearchRequest request, SearchStats stats, int topN);
}
