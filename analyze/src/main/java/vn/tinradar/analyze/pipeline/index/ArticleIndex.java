package vn.tinradar.analyze.pipeline.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.ScoredArticle;

/**
 * One on-disk Lucene index shard (one per Streams task), derived from the articles store.
 *
 * <p>Each commit records the highest input offset it covers ({@value #OFFSET_KEY}); a catch-up
 * ({@link #beginCatchUp}, {@link #reindexIfBehind}, {@link #endCatchUp}) re-indexes from the source of truth what is
 * newer than that, or everything when the index was missing or unreadable. Writes come from the stream thread,
 * searches from any thread: IndexWriter and SearcherManager are thread-safe.
 */
public final class ArticleIndex implements Closeable {

    static final String OFFSET_KEY = "source-offset";
    /**
     * How many of a search's best matches by relevance, at least, are scored on the clauses that only rank: ten
     * pages of 20. With 100, six of the search bench's 16 staff queries at a million articles got another page; with
     * 200, none (docs/benchmarks.md).
     */
    static final int RESCORE_WINDOW = 200;
    private static final Set<String> STORED_FOR_HITS = Set.of(ArticleFields.ID, ArticleFields.JSON);
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);

    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleIndexer indexer;
    private final long committedAtOpen;
    private volatile long lastOffset;
    private long committedOffsetNow;
    /** Every article of the task's store with an input offset up to this one is indexed: what commits may record. */
    private volatile long complete;
    /** True while some articles up to {@link #lastOffset} may be missing: until a catch-up ends. */
    private volatile boolean partial;
    private volatile CatchUpProgress catchingUp;

    private ArticleIndex(Path path, FSDirectory directory, IndexWriter writer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.indexer = new ArticleIndexer(writer);
        this.committedAtOpen = readCommittedOffset(writer);
        this.lastOffset = committedAtOpen;
        this.committedOffsetNow = committedAtOpen;
        this.complete = committedAtOpen;
    }

    /** Opens the index under {@code path}, creating it when missing and recreating it when unreadable. */
    public static ArticleIndex open(Path path, int ramBufferMb) {
        try {
            Files.createDirectories(path);
            try {
                return openWriter(path, ramBufferMb);
            } catch (CorruptIndexException | IndexFormatTooNewException | IndexFormatTooOldException e) {
                // derived data: drop it and rebuild from the articles store rather than stop the task
                LOG.warn("event=index-unreadable path={} error={}", path, e.toString());
                deleteRecursively(path);
                Files.createDirectories(path);
                return openWriter(path, ramBufferMb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open Lucene index at " + path, e);
        }
    }

    private static ArticleIndex openWriter(Path path, int ramBufferMb) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        IndexWriterConfig iwc = new IndexWriterConfig(VietnameseAnalyzer.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb);
        try {
            return new ArticleIndex(path, dir, new IndexWriter(dir, iwc));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Indexes (or replaces) one article that came from input offset {@code offset}. */
    public void upsert(ScoredArticle article, long offset) {
        indexer.upsert(article);
        if (offset > lastOffset) {
            lastOffset = offset;
        }
    }

    /** Makes everything indexed so far searchable, without making it durable. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh Lucene index at " + path, e);
        }
    }

    /** Makes everything indexed so far durable, recording the highest offset it covers, and searchable. */
    public void commit() {
        long covered = durableOffset();
        if (!writer.hasUncommittedChanges() && committedOffsetNow == covered) {
            refresh();
            return;
        }
        try {
            writer.setLiveCommitData(Map.of(OFFSET_KEY, Long.toString(covered)).entrySet());
            writer.commit();
            committedOffsetNow = covered;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit Lucene index at " + path, e);
        }
    }

    /** Highest input offset covered by the last commit when the index was opened; -1 for a new index. */
    public long committedOffset() {
        return committedAtOpen;
    }

    /**
     * Starts re-indexing from the articles store. Until {@link #endCatchUp}, commits still record the offset the
     * index was complete up to when the catch-up began: new articles indexed meanwhile have higher offsets than older
     * ones not re-indexed yet, and recording theirs would make a restart skip the older ones. A shard a standby kept
     * up to date ({@link #upsertRestored}) is complete up to its last article, so its catch-up re-indexes nothing.
     *
     * @param shard the task the shard belongs to, as progress reports name it
     * @param articles about how many articles the store holds (RocksDB's estimate), for progress reports
     */
    public void beginCatchUp(String shard, long articles) {
        if (!partial) {
            complete = lastOffset;
            partial = true;
        }
        catchingUp = new CatchUpProgress(shard, 0, articles, 0);
    }

    /** Re-indexes one stored article when the index was not complete up to its offset; says whether it did. */
    public boolean reindexIfBehind(StoredArticle stored) {
        CatchUpProgress now = catchingUp;
        boolean behind = complete < 0 || stored.sourceOffset() > complete;
        if (behind) {
            upsert(stored.article(), stored.sourceOffset());
        }
        if (now != null) {
            catchingUp = now.next(behind);
        }
        return behind;
    }

    /** Ends the catch-up: from now on commits record the highest offset indexed. Commits, so it is durable. */
    public void endCatchUp() {
        catchingUp = null;
        partial = false;
        commit();
    }

    /**
     * Indexes an article a standby task restored into its articles store, in the changelog's order, so that the
     * shard is complete when the task becomes active here. Unless {@link #markPartial} was called, the index was
     * complete before, and the changelog brings the articles in their input order, so it stays complete up to this
     * one.
     */
    public void upsertRestored(StoredArticle stored) {
        upsert(stored.article(), stored.sourceOffset());
    }

    /**
     * Records that articles may be missing below the highest indexed: a standby found its store holding articles
     * this shard never saw (a new or rebuilt index beside a kept store). Commits stay at the offset the shard was
     * complete up to, and the next catch-up re-indexes from there.
     */
    public void markPartial() {
        partial = true;
    }

    /** Whether the shard may miss articles below its highest indexed offset (see {@link #markPartial}). */
    public boolean partial() {
        return partial;
    }

    /** How far a catch-up has got, or empty when the shard is caught up. Safe from any thread. */
    public Optional<CatchUpProgress> catchUpProgress() {
        return Optional.ofNullable(catchingUp);
    }

    private long durableOffset() {
        return partial ? complete : lastOffset;
    }

    /** The statistics of this shard for the terms of {@code query}: the first phase of a search over shards. */
    public SearchStats stats(Query query) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                Set<Term> terms = new HashSet<>();
                searcher.rewrite(query).visit(QueryVisitor.termCollector(terms));
                List<SearchStats.TermStat> termStats = new ArrayList<>();
                Set<String> fields = new TreeSet<>();
                for (Term t : terms) {
                    fields.add(t.field());
                    TermStates states = TermStates.build(searcher, t, true);
                    if (states.docFreq() > 0) {
                        termStats.add(new SearchStats.TermStat(t.field(), t.text(), states.docFreq(),
                                states.totalTermFreq()));
                    }
                }
                List<SearchStats.FieldStat> fieldStats = new ArrayList<>();
                for (String field : fields) {
                    CollectionStatistics c = searcher.collectionStatistics(field);
                    if (c != null) {
                        fieldStats.add(new SearchStats.FieldStat(field, c.maxDoc(), c.docCount(),
                                c.sumTotalTermFreq(), c.sumDocFreq()));
                    }
                }
                return new SearchStats(fieldStats, termStats);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read statistics of index " + path, e);
        }
    }

    /** Searches this shard alone, with its own statistics. */
    public ShardResult search(Query query, Sort sort, int topN) {
        return search(query, sort, topN, null);
    }

    /**
     * Searches this shard, scoring with {@code global} statistics (all shards together) when given, so its scores
     * compare with those of the other shards.
     */
    public ShardResult search(Query query, Sort sort, int topN, SearchStats global) {
        return match(query, sort, topN, global).decoded();
    }

    /** As {@link #search(Query, Sort, int, SearchStats)}, the hits' stored articles left as JSON. */
    public ShardMatches match(Query query, Sort sort, int topN, SearchStats global) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher acquired = searchers.acquire();
            try {
                IndexSearcher searcher = global == null ? acquired
                        : new GlobalStatsSearcher(acquired.getIndexReader(), global);
                int n = Math.max(1, topN);
                Collected found = scoreBreaksTiesOnly(sort) ? scoredAfterTheSort(searcher, query, sort, n)
                        : scoreFirst(sort) ? rankedOnTheBestMatches(searcher, query, sort, n) : null;
                if (found == null) {
                    found = scoredInTheSort(searcher, query, sort, n);
                }
                StoredFields stored = searcher.storedFields();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                List<ShardMatches.Match> matches = new ArrayList<>(found.best().length);
                for (ScoreDoc sd : found.best()) {
                    Document doc = stored.document(sd.doc, STORED_FOR_HITS);
                    BytesRef json = doc.getBinaryValue(ArticleFields.JSON);
                    matches.add(new ShardMatches.Match(sd.score, published(leaves, sd.doc), doc.get(ArticleFields.ID),
                            Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length)));
                }
                return new ShardMatches(found.total(), matches, found.facets());
            } finally {
                searchers.release(acquired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed on index " + path, e);
        }
    }

    /** A shard's answer before its hits are read: how many matched, their facet counts, the best hits with scores. */
    private record Collected(long total, Map<String, Map<String, Long>> facets, ScoreDoc[] best) {
    }

    /** True when the score only breaks ties of the fields sorted on first (newest first, then by score). */
    private static boolean scoreBreaksTiesOnly(Sort sort) {
        SortField[] fields = sort.getSort();
        return fields.length == 2 && fields[0].getType() != SortField.Type.SCORE
                && fields[1].getType() == SortField.Type.SCORE;
    }

    /**
     * Every match collected with its facets, the best hits sorted as asked: the score computed for every match that
     * enters the page when the sort holds it, else afterwards for the page alone.
     */
    private static Collected scoredInTheSort(IndexSearcher searcher, Query query, Sort sort, int n)
            throws IOException {
        Collected all = collect(searcher, query, sort, n);
        int scoreAt = scoreField(sort);
        if (scoreAt < 0) {
            TopFieldCollector.populateScores(all.best(), searcher, query);
        } else {
            for (ScoreDoc sd : all.best()) {
                sd.score = (Float) ((FieldDoc) sd).fields[scoreAt];
            }
        }
        return all;
    }

    /**
     * Newest first, then by score, without scoring every match: the page is collected on the first field alone,
     * which needs no score and so leaves out the clauses that only rank (a third of a search's work at a million
     * articles: the articles arrive in time order, so nearly every match is newer than the page's last one and
     * entered it), and only the page's hits are scored, then ordered by score within equal times. When the page's
     * last hit ties with the next match on the first field, the score decides which of them make the page: null, and
     * the caller scores every match as before.
     */
    private static Collected scoredAfterTheSort(IndexSearcher searcher, Query query, Sort sort, int n)
            throws IOException {
        SortField first = sort.getSort()[0];
        Collected byFirst = collect(searcher, query, new Sort(first), n + 1);
        ScoreDoc[] hits = byFirst.best();
        if (hits.length > n && Objects.equals(((FieldDoc) hits[n - 1]).fields[0], ((FieldDoc) hits[n]).fields[0])) {
            return null;
        }
        ScoreDoc[] page = Arrays.copyOf(hits, Math.min(n, hits.length));
        TopFieldCollector.populateScores(page, searcher, query);
        Comparator<ScoreDoc> order = byField(0, first);
        Arrays.sort(page, order.thenComparing(sd -> -sd.score).thenComparingInt(sd -> sd.doc));
        return new Collected(byFirst.total(), byFirst.facets(), page);
    }

    /** True when the score is the first field sorted on: a search by relevance. */
    private static boolean scoreFirst(Sort sort) {
        return sort.getSort()[0].getType() == SortField.Type.SCORE;
    }

    /**
     * By relevance, without scoring the clauses that only rank on every match ({@link RankingClauses}): every match
     * is counted with its facets and the best {@link #RESCORE_WINDOW} (or ten times the hits asked, if more) are
     * chosen on the clauses that match, then only those are scored on the whole query and the page taken from them.
     * The counts and facets are exact, and so is the page when no more than the window match; beyond it, a match the
     * ranking-only clauses would lift from outside the window into the page is missed (how often, on the staff
     * queries at a million articles: docs/benchmarks.md). Null when the query has no ranking-only clause.
     */
    private static Collected rankedOnTheBestMatches(IndexSearcher searcher, Query query, Sort sort, int n)
            throws IOException {
        Query matching = RankingClauses.withoutThem(query);
        if (matching == query) {
            return null;
        }
        Collected byMatching = collect(searcher, matching, sort, Math.max(RESCORE_WINDOW, 10 * n));
        ScoreDoc[] best = byMatching.best();
        TopFieldCollector.populateScores(best, searcher, query);
        SortField[] fields = sort.getSort();
        Comparator<ScoreDoc> order = Comparator.comparingDouble(sd -> -sd.score);
        for (int i = 1; i < fields.length; i++) {
            order = order.thenComparing(byField(i, fields[i]));
        }
        Arrays.sort(best, order.thenComparingInt(sd -> sd.doc));
        ScoreDoc[] page = Arrays.copyOf(best, Math.min(n, best.length));
        for (ScoreDoc sd : page) {
            ((FieldDoc) sd).fields[0] = sd.score;
        }
        return new Collected(byMatching.total(), byMatching.facets(), page);
    }

    /** Orders collected hits by the value of sort field {@code at}, as {@code field} sorts it. */
    private static Comparator<ScoreDoc> byField(int at, SortField field) {
        @SuppressWarnings("unchecked")
        Comparator<Object> natural = (Comparator<Object>) (Comparator<?>) Comparator.naturalOrder();
        return Comparator.comparing(sd -> ((FieldDoc) sd).fields[at], field.getReverse() ? natural.reversed() : natural);
    }

    /** Every match counted with its facets, and the best {@code n} in the order of {@code sort}. */
    private static Collected collect(IndexSearcher searcher, Query query, Sort sort, int n) throws IOException {
        var top = new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, FacetCounter.manager()));
        TopFieldDocs docs = (TopFieldDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
        return new Collected(docs.totalHits.value, facets, docs.scoreDocs);
    }

    /** Where the sort holds the score, or -1. */
    private static int scoreField(Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                return i;
            }
        }
        return -1;
    }

    private static long published(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), ArticleFields.PUBLISHED_SORT);
        if (!published.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no " + ArticleFields.PUBLISHED_SORT);
        }
        return published.longValue();
    }

    public long documentCount() {
        // the searchable view: buffered updates of one id are not counted twice
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count documents of index " + path, e);
        }
    }

    public long sizeBytes() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close Lucene index at " + path, e);
        }
    }

    private static long readCommittedOffset(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (OFFSET_KEY.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return -1;
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
