package vn.tinradar.analyze.pipeline.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.tinradar.analyze.score.suspicion.ClaimMatch;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;

/**
 * A small in-memory Lucene index of the active reviewed claims, and the similarity of an article to each.
 *
 * <p>Each claim is a document of its syllable pairs ({@link PairAnalyzer}). An article is a query of its own
 * distinct pairs that any claim holds; the BM25 score of a claim, divided by the score the claim gets against its
 * own pairs, is the similarity: the share of the claim's pairs the article holds, each weighted by how rare it is
 * among the claims. A match also needs {@link #MIN_SHARED_PAIRS} pairs in common, so a short claim is not matched
 * by two common words. Immutable and thread-safe: the catalog replaces it when claims change.
 */
public final class ClaimIndex {

    /** Pairs an article must share with a claim; fewer is what unrelated local news share anyway. */
    static final int MIN_SHARED_PAIRS = 3;
    /** Only the head of a long article is compared: a repeated claim is in its title and first paragraphs. */
    static final int MAX_ARTICLE_CHARS = 6_000;
    /** BooleanQuery's clause limit is 1024: an article never needs more pairs than this to match a claim. */
    static final int MAX_QUERY_PAIRS = 1_000;
    static final ClaimIndex EMPTY = new ClaimIndex(List.of(), null, Set.of(), new double[0], List.of(), new int[0]);

    private static final PairAnalyzer ANALYZER = new PairAnalyzer();
    private static final String ORDINAL = "ordinal";

    private final List<Claim> claims;
    private final IndexSearcher searcher;
    private final Set<String> vocabulary;
    private final double[] selfScores;
    private final List<Set<String>> claimPairs;
    private final int[] ordinals;

    private ClaimIndex(List<Claim> claims, IndexSearcher searcher, Set<String> vocabulary, double[] selfScores,
                       List<Set<String>> claimPairs, int[] ordinals) {
        this.claims = claims;
        this.searcher = searcher;
        this.vocabulary = vocabulary;
        this.selfScores = selfScores;
        this.claimPairs = claimPairs;
        this.ordinals = ordinals;
    }

    /** Indexes the active claims among {@code all}; withdrawn ones are left out. */
    public static ClaimIndex of(List<Claim> all) {
        List<Claim> active = all.stream().filter(Claim::active).filter(c -> c.verdict() != null).toList();
        if (active.isEmpty()) {
            return EMPTY;
        }
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            List<Set<String>> pairs = new ArrayList<>();
            Set<String> vocabulary = new HashSet<>();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
                for (int i = 0; i < active.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField(ORDINAL, i));
                    doc.add(new TextField(PairAnalyzer.FIELD, active.get(i).claimReviewed(), Field.Store.NO));
                    w.addDocument(doc);
                    Set<String> p = ANALYZER.pairs(active.get(i).claimReviewed());
                    pairs.add(p);
                    vocabulary.addAll(p);
                }
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            // document numbers need not follow the order of adding: map them back to claims
            int[] ordinals = new int[searcher.getIndexReader().maxDoc()];
            double[] self = new double[ordinals.length];
            var stored = searcher.storedFields();
            for (int doc = 0; doc < ordinals.length; doc++) {
                ordinals[doc] = stored.document(doc).getField(ORDINAL).numericValue().intValue();
                Query q = query(pairs.get(ordinals[doc]));
                self[doc] = q == null ? 0 : searcher.explain(q, doc).getValue().doubleValue();
            }
            return new ClaimIndex(active, searcher, vocabulary, self, pairs, ordinals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index claims in memory", e);
        }
    }

    public int size() {
        return claims.size();
    }

    /**
     * The claims the article resembles at or above {@code minSimilarity}, best first, at most {@code max}.
     */
    public List<ClaimMatch> matches(Article a, double minSimilarity, int max) {
        if (claims.isEmpty()) {
            return List.of();
        }
        String text = a.fullText();
        if (text.length() > MAX_ARTICLE_CHARS) {
            text = text.substring(0, MAX_ARTICLE_CHARS);
        }
        Set<String> articlePairs = ANALYZER.pairs(text);
        articlePairs.retainAll(vocabulary);
        Query q = query(articlePairs.stream().limit(MAX_QUERY_PAIRS).collect(Collectors.toSet()));
        if (q == null) {
            return List.of();
        }
        try {
            List<ClaimMatch> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, claims.size()).scoreDocs) {
                int claim = ordinals[sd.doc];
                double similarity = selfScores[sd.doc] <= 0 ? 0 : Math.min(1.0, sd.score / selfScores[sd.doc]);
                Set<String> own = claimPairs.get(claim);
                long shared = own.stream().filter(articlePairs::contains).count();
                if (similarity >= minSimilarity && shared >= Math.min(MIN_SHARED_PAIRS, own.size())) {
                    out.add(new ClaimMatch(claims.get(claim), Math.round(similarity * 1000) / 1000.0));
                }
            }
            out.sort(Comparator.comparingDouble(ClaimMatch::similarity).reversed());
            return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the claims index", e);
        }
    }

    private static Query query(Set<String> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String pair : pairs) {
            b.add(new TermQuery(new Term(PairAnalyzer.FIELD, pair)), Occur.SHOULD);
        }
        return b.build();
    }
}
