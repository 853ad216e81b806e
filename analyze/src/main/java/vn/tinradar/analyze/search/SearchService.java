package vn.tinradar.analyze.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.index.ArticleFields;
import vn.tinradar.analyze.index.ArticleIndex;
import vn.tinradar.analyze.index.LocalShards;
import vn.tinradar.analyze.index.ShardResult;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Searches every Lucene shard this instance holds (one per local indexing task) and merges the answers: hits by
 * the requested order, totals and facet counts summed. Safe to call from any thread while the stream writes.
 *
 * <p>Relevance scores are computed per shard (BM25 statistics of that shard); with articles spread evenly by id
 * over partitions they are comparable enough to merge. A shard that closes mid-search (rebalance) is skipped.
 */
public final class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    static final int FACET_VALUES = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalShards shards;
    private final LuceneQueries queries = new LuceneQueries();
    private final Snippets snippets = new Snippets();

    public SearchService(LocalShards shards) {
        this.shards = shards;
    }

    /**
     * Runs one search.
     *
     * @throws IllegalArgumentException when a date typed in the query ({@code from:}/{@code to:}) is not a date
     * @throws IllegalStateException when the index is not open on this instance yet (starting, rebalancing)
     */
    public SearchResult search(SearchRequest request) {
        StaffQuery parsed = StaffQuery.parse(request.query());
        Query query = queries.query(request, parsed);
        Query highlight = queries.highlightQuery(parsed);
        Sort sort = request.order() == SearchRequest.Order.TIME
                ? new Sort(new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true));
        int wanted = request.offset() + request.limit();
        long total = 0;
        List<ShardResult.Hit> hits = new ArrayList<>();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (ArticleIndex shard : shards.shards()) {
            ShardResult r;
            try {
                r = shard.search(query, sort, wanted);
            } catch (AlreadyClosedException e) {
                LOG.info("event=search-shard-closed path={}", shard.path());
                continue;
            }
            total += r.total();
            hits.addAll(r.hits());
            r.facets().forEach((facet, values) -> {
                Map<String, Long> into = facets.computeIfAbsent(facet, f -> new HashMap<>());
                values.forEach((v, n) -> into.merge(v, n, Long::sum));
            });
        }
        hits.sort(order(request.order()));
        List<SearchResult.Hit> page = hits.stream().skip(request.offset()).limit(request.limit())
                .map(h -> hit(h, highlight)).toList();
        return new SearchResult(total, request.offset(), request.limit(), page, facetValues(facets));
    }

    private static Comparator<ShardResult.Hit> order(SearchRequest.Order order) {
        Comparator<ShardResult.Hit> byScore = Comparator.comparingDouble(h -> -h.score());
        Comparator<ShardResult.Hit> byTime = Comparator.comparingLong(h -> -h.published());
        return order == SearchRequest.Order.TIME ? byTime.thenComparing(byScore) : byScore.thenComparing(byTime);
    }

    private SearchResult.Hit hit(ShardResult.Hit h, Query highlight) {
        ScoredArticle s = h.article();
        Article a = s.article();
        return new SearchResult.Hit(a.id(), a.title(), a.url(), a.sourceName() != null ? a.sourceName() : a.sourceId(),
                a.sourceId(), a.tier(), a.published(), snippets.snippet(a, highlight), h.score(), s.topics(),
                s.places(), s.sentiment(), s.suspicion(), s.storyId(), s.duplicateOf());
    }

    private static Map<String, List<SearchResult.FacetValue>> facetValues(Map<String, Map<String, Long>> counts) {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        for (String facet : ArticleFields.FACETS) {
            Map<String, Long> values = counts.getOrDefault(facet, Map.of());
            Comparator<Map.Entry<String, Long>> order = facet.equals("day")
                    ? Comparator.comparing((Map.Entry<String, Long> e) -> LocalDate.parse(e.getKey(), DAY)).reversed()
                    : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            out.put(facet, values.entrySet().stream().filter(e -> e.getValue() > 0).sorted(order)
                    .limit(facet.equals("day") ? 62 : FACET_VALUES)
                    .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue())).toList());
        }
        return out;
    }
}
