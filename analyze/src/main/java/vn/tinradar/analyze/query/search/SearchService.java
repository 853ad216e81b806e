package vn.tinradar.analyze.query.search;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.pipeline.index.ArticleFields;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.analyze.pipeline.index.CatchUpProgress;
import vn.tinradar.analyze.pipeline.index.LocalShards;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardMatches;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Searches every Lucene shard of the application, on this instance and on the others Streams metadata names, and
 * merges the answers: hits by the requested order, totals and facet counts summed.
 *
 * <p>Two phases, so relevance is the same whichever shard holds an article: first every shard's statistics for
 * the query's terms are summed, then every shard scores with those global statistics ({@code GlobalStatsSearcher})
 * and returns its best {@code offset + limit} hits, decoded from their stored JSON only once this instance's shards
 * are merged; the merged order is score, then time, then id (time, then
 * score, then id when sorted by time). An instance that does not answer within the timeout is left out and named
 * in {@link SearchResult#unreachable()}. A local shard that closes mid-search (rebalance) is skipped. This
 * instance's shards are searched at once on the {@code shardSearches} executor: one search's matching, scoring and
 * facet counting grow with the number of matches, and on one thread a large index's shards would wait for each
 * other while the other cores idle; the page's snippets are made there too, each hit's apart. Safe to call from any
 * thread while the stream writes.
 */
public final class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    static final int FACET_VALUES = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalShards shards;
    private final Supplier<List<ShardGroup>> others;
    private final Duration timeout;
    private final Executor shardSearches;
    private final LuceneQueries queries = new LuceneQueries();
    private final Snippets snippets = new Snippets();

    /** Searches this instance's shards only, one after the other on the caller's thread. */
    public SearchService(LocalShards shards) {
        this(shards, List::of, Duration.ofSeconds(5), Runnable::run);
    }

    /** Searches this instance's shards, one after the other on the caller's thread, and the other instances'. */
    public SearchService(LocalShards shards, Supplier<List<ShardGroup>> others, Duration timeout) {
        this(shards, others, timeout, Runnable::run);
    }

    /**
     * @param others the other instances' shard groups at the time of a search
     * @param timeout how long a search waits for each other instance, per phase
     * @param shardSearches runs the search of each local shard; {@code Runnable::run} searches them in turn
     */
    public SearchService(LocalShards shards, Supplier<List<ShardGroup>> others, Duration timeout,
                         Executor shardSearches) {
        this.shards = shards;
        this.others = others;
        this.timeout = timeout;
        this.shardSearches = shardSearches;
    }

    /**
     * Runs one search over the whole application.
     *
     * @throws IllegalArgumentException when a date typed in the query ({@code from:}/{@code to:}) is not a date
     * @throws IllegalStateException when the index is not open on this instance yet (starting, rebalancing)
     */
    public SearchResult search(SearchRequest request) {
        StaffQuery parsed = StaffQuery.parse(request.query());
        Query query = queries.query(request, parsed);
        int wanted = request.offset() + request.limit();
        List<ShardGroup> remote = others.get();
        List<String> unreachable = new ArrayList<>();

        List<CompletableFuture<SearchStats>> remoteStats = remote.stream().map(g -> g.stats(request)).toList();
        List<SearchStats> parts = new ArrayList<>();
        parts.add(localStats(query));
        List<ShardGroup> answering = new ArrayList<>();
        for (int i = 0; i < remote.size(); i++) {
            SearchStats s = await(remote.get(i), remoteStats.get(i), unreachable);
            if (s != null) {
                parts.add(s);
                answering.add(remote.get(i));
            }
        }
        SearchStats global = SearchStats.sum(parts);

        List<CompletableFuture<ShardResult>> remoteHits = answering.stream()
                .map(g -> g.search(request, global, wanted)).toList();
        List<ShardResult> results = new ArrayList<>();
        results.add(localResult(query, request.order(), wanted, global));
        for (int i = 0; i < answering.size(); i++) {
            ShardResult r = await(answering.get(i), remoteHits.get(i), unreachable);
            if (r != null) {
                results.add(r);
            }
        }
        ShardResult merged = merge(results, request.order(), wanted);
        Query highlight = queries.highlightQuery(parsed);
        List<SearchResult.Hit> page = page(merged.hits().stream().skip(request.offset()).limit(request.limit())
                .toList(), highlight);
        return new SearchResult(merged.total(), request.offset(), request.limit(), page, facetValues(merged.facets()),
                unreachable, catchingUp());
    }

    /** This instance's shards still re-indexing their articles store, with how far each has got. */
    public List<CatchUpProgress> catchingUp() {
        List<CatchUpProgress> out = new ArrayList<>();
        for (ArticleIndex shard : shards.shards()) {
            shard.catchUpProgress().ifPresent(out::add);
        }
        return out;
    }

    /** Phase one on this instance's shards alone: what another instance asks for. */
    public SearchStats localStats(SearchRequest request) {
        return localStats(queries.query(request, StaffQuery.parse(request.query())));
    }

    /** Phase two on this instance's shards alone, with the global statistics: what another instance asks for. */
    public ShardResult localResult(SearchRequest request, SearchStats global, int topN) {
        return localResult(queries.query(request, StaffQuery.parse(request.query())), request.order(), topN, global);
    }

    private SearchStats localStats(Query query) {
        return SearchStats.sum(eachShard(shard -> shard.stats(query)));
    }

    private ShardResult localResult(Query query, SearchRequest.Order order, int topN, SearchStats global) {
        Sort sort = sort(order);
        // merged before decoding: of each shard's best topN, only the best topN overall are read from JSON
        List<ShardMatches> parts = eachShard(shard -> shard.match(query, sort, topN, global));
        List<ShardMatches.Match> all = new ArrayList<>();
        List<Map<String, Map<String, Long>>> facets = new ArrayList<>();
        long total = 0;
        for (ShardMatches part : parts) {
            total += part.total();
            all.addAll(part.matches());
            facets.add(part.facets());
        }
        all.sort(order(order, ShardMatches.Match::score, ShardMatches.Match::published, ShardMatches.Match::id));
        List<ShardResult.Hit> hits = all.stream().limit(topN).map(ShardMatches.Match::hit).toList();
        return new ShardResult(total, hits, sum(facets));
    }

    /** A pool for {@code shardSearches}: {@code threads} daemon threads named {@code search-shard-N}. */
    public static ExecutorService shardPool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-shard-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on every local shard at once; the answers come in shard order, a closed shard's left out. */
    private <T> List<T> eachShard(Function<ArticleIndex, T> work) {
        List<ArticleIndex> local = shards.shards();
        List<CompletableFuture<T>> running = new ArrayList<>(local.size());
        for (ArticleIndex shard : local) {
            running.add(CompletableFuture.supplyAsync(() -> work.apply(shard), shardSearches));
        }
        List<T> answers = new ArrayList<>(local.size());
        for (int i = 0; i < running.size(); i++) {
            try {
                answers.add(running.get(i).join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof AlreadyClosedException) {
                    LOG.info("event=search-shard-closed path={}", local.get(i).path());
                } else if (e.getCause() instanceof IndexSearcher.TooManyClauses tooMany) {
                    throw tooManyClauses(tooMany);
                } else if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                } else {
                    throw e;
                }
            }
        }
        return answers;
    }

    /** The caller's search is too big for one Lucene query: a 400 that says so, not a 500. */
    private static IllegalArgumentException tooManyClauses(IndexSearcher.TooManyClauses e) {
        return new IllegalArgumentException("the search has too many words and alternatives for one query ("
                + e.getMessage() + "); search for fewer");
    }

    private <T> T await(ShardGroup group, CompletableFuture<T> future, List<String> unreachable) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("event=search-peer-failed peer={} error={}", group.name(),
                    (e.getCause() == null ? e : e.getCause()).toString());
        }
        future.cancel(true);
        if (!unreachable.contains(group.name())) {
            unreachable.add(group.name());
        }
        return null;
    }

    private static Sort sort(SearchRequest.Order order) {
        return order == SearchRequest.Order.TIME
                ? new Sort(new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, new SortField(ArticleFields.PUBLISHED_SORT, SortField.Type.LONG, true));
    }

    /** Shard answers as one: totals and facets summed, the best {@code topN} hits in order. */
    static ShardResult merge(List<ShardResult> parts, SearchRequest.Order order, int topN) {
        long total = 0;
        List<ShardResult.Hit> hits = new ArrayList<>();
        for (ShardResult r : parts) {
            total += r.total();
            hits.addAll(r.hits());
        }
        hits.sort(order(order, ShardResult.Hit::score, ShardResult.Hit::published, h -> h.article().id()));
        return new ShardResult(total, hits.size() > topN ? List.copyOf(hits.subList(0, topN)) : hits,
                sum(parts.stream().map(ShardResult::facets).toList()));
    }

    private static Map<String, Map<String, Long>> sum(List<Map<String, Map<String, Long>>> parts) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Map<String, Map<String, Long>> part : parts) {
            part.forEach((facet, values) -> {
                Map<String, Long> into = facets.computeIfAbsent(facet, f -> new HashMap<>());
                values.forEach((v, n) -> into.merge(v, n, Long::sum));
            });
        }
        return facets;
    }

    /** Score, then time, then id; by time: time, then score, then id. */
    private static <T> Comparator<T> order(SearchRequest.Order order, ToDoubleFunction<T> score,
                                           ToLongFunction<T> published, Function<T, String> id) {
        Comparator<T> byScore = Comparator.comparingDouble(h -> -score.applyAsDouble(h));
        Comparator<T> byTime = Comparator.comparingLong(h -> -published.applyAsLong(h));
        Comparator<T> byId = Comparator.comparing(id);
        return order == SearchRequest.Order.TIME ? byTime.thenComparing(byScore).thenComparing(byId)
                : byScore.thenComparing(byTime).thenComparing(byId);
    }

    /**
     * The hits of the page with their snippets, made on the {@code shardSearches} executor: each re-analyses its
     * article's text, the larger part of a search's own work, and the cores idle once the shards have answered.
     */
    private List<SearchResult.Hit> page(List<ShardResult.Hit> hits, Query highlight) {
        List<CompletableFuture<SearchResult.Hit>> made = new ArrayList<>(hits.size());
        for (ShardResult.Hit h : hits) {
            made.add(CompletableFuture.supplyAsync(() -> hit(h, highlight), shardSearches));
        }
        List<SearchResult.Hit> page = new ArrayList<>(made.size());
        for (CompletableFuture<SearchResult.Hit> hit : made) {
            try {
                page.add(hit.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return page;
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
