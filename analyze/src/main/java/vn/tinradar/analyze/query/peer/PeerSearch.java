package vn.tinradar.analyze.query.peer;

import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.query.search.SearchRequest;

/** The body of a phase-two search request to another instance: the search, the global statistics, how many hits. */
public record PeerSearch(SearchRequest request, SearchStats stats, int topN) {
}
