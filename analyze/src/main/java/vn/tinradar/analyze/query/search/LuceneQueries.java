package vn.tinradar.analyze.query.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.tinradar.analyze.pipeline.index.ArticleFields;
import vn.tinradar.analyze.pipeline.index.ArticleIndexer;
import vn.tinradar.analyze.pipeline.index.VietnameseAnalyzer;
import vn.tinradar.common.text.VietnameseText;

/**
 * Turns a {@link SearchRequest} into Lucene queries over the fields of {@link ArticleFields}.
 *
 * <p>Matching runs on the folded field, as phrases: each syllable is a token and folding merges words, so a
 * run of typed words is cut into two-syllable phrases (most Vietnamese words have two) that must all match,
 * and the whole run as a near phrase only ranks. Words typed with diacritics also score on the exact field,
 * boosted, so {@code sạt lở} ranks "sạt lở" above "sắt lò"; a match in the headline ranks above one in the body.
 * On a shard with the syllable-pair fields, a chunk of two adjacent syllables is one term of the pair field
 * instead: the same documents match (those where the two stand side by side), at the cost of one postings list
 * rather than two checked position by position; its score is the pair's BM25 instead of the phrase's.
 */
final class LuceneQueries {

    static final int MAX_ALTERNATIVES = 200;
    static final float EXACT_BOOST = 4f;
    static final float TITLE_BOOST = 1.5f;
    static final float PROXIMITY_BOOST = 2f;

    private final Analyzer analyzer = VietnameseAnalyzer.perField();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    /** The query that selects and ranks hits, for shards with the syllable-pair fields. */
    Query query(SearchRequest request, StaffQuery parsed) {
        return query(request, parsed, true);
    }

    /**
     * The query that selects and ranks hits.
     *
     * @param wordPairs match two-syllable chunks as terms of the pair fields; false for an index without them
     */
    Query query(SearchRequest request, StaffQuery parsed, boolean wordPairs) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean anyText = false;
        for (List<StaffQuery.Unit> group : parsed.required()) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int n = 0;
            for (StaffQuery.Unit unit : group) {
                Query q = unit(unit, wordPairs);
                if (q != null) {
                    alternatives.add(q, Occur.SHOULD);
                    n++;
                }
            }
            if (n > 0) {
                root.add(alternatives.build(), Occur.MUST);
                anyText = true;
            }
        }
        if (!anyText) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (StaffQuery.Unit unit : parsed.excluded()) {
            boolean marked = hasDiacritics(unit.text());
            Query q = match(marked ? ArticleFields.TEXT_EXACT : ArticleFields.TEXT_FOLDED, unit.text(), wordPairs);
            if (q != null) {
                root.add(q, Occur.MUST_NOT);
            }
        }
        filters(root, request, parsed.filters());
        return root.build();
    }

    /** Only the folded text clauses, for highlighting the words that matched in the snippet. */
    Query highlightQuery(StaffQuery parsed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (List<StaffQuery.Unit> group : parsed.required()) {
            for (StaffQuery.Unit unit : group) {
                for (String chunk : chunks(unit)) {
                    Query q = phrase(ArticleFields.TEXT_FOLDED, chunk, 0);
                    if (q != null) {
                        b.add(q, Occur.SHOULD);
                        n++;
                    }
                }
            }
        }
        return n == 0 ? null : b.build();
    }

    private Query unit(StaffQuery.Unit unit, boolean wordPairs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int required = 0;
        for (String chunk : chunks(unit)) {
            Query folded = match(ArticleFields.TEXT_FOLDED, chunk, wordPairs);
            if (folded == null) {
                continue; // only stop words
            }
            b.add(folded, Occur.MUST);
            required++;
            if (hasDiacritics(chunk)) {
                Query exact = match(ArticleFields.TEXT_EXACT, chunk, wordPairs);
                if (exact != null) {
                    b.add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD);
                }
            }
            Query title = match(ArticleFields.TITLE_FOLDED, chunk, wordPairs);
            if (title != null) {
                b.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
            }
        }
        if (required == 0) {
            return null;
        }
        int words = unit.text().split("\\s+").length;
        if (!unit.quoted() && words > 2) {
            Query near = phrase(ArticleFields.TEXT_FOLDED, unit.text(), words);
            if (near != null) {
                b.add(new BoostQuery(near, PROXIMITY_BOOST), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** A quoted phrase stays whole; a run of words is cut into two-syllable phrases. */
    static List<String> chunks(StaffQuery.Unit unit) {
        if (unit.quoted()) {
            return List.of(unit.text());
        }
        String[] words = unit.text().strip().split("\\s+");
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < words.length; i += 2) {
            chunks.add(i + 1 < words.length ? words[i] + " " + words[i + 1] : words[i]);
        }
        return chunks;
    }

    /** The exact phrase {@code text} in {@code field}: one pair term when it is two adjacent syllables and allowed. */
    private Query match(String field, String text, boolean wordPairs) {
        if (wordPairs) {
            String pair = pair(field, text);
            if (pair != null) {
                return new TermQuery(new Term(ArticleFields.pairsOf(field), pair));
            }
        }
        return phrase(field, text, 0);
    }

    /**
     * The pair term of {@code text} when it analyses to exactly two syllables side by side, as the pair field
     * indexes them; null otherwise (one syllable, more than two, or a stop syllable between them).
     */
    String pair(String field, String text) {
        List<String> syllables = new ArrayList<>(3);
        try (TokenStream tokens = analyzer.tokenStream(field, VietnameseText.nfc(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!syllables.isEmpty() && increment.getPositionIncrement() != 1 || syllables.size() == 2) {
                    tokens.end();
                    return null;
                }
                syllables.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse '" + text + "'", e);
        }
        return syllables.size() == 2 ? syllables.get(0) + " " + syllables.get(1) : null;
    }

    private Query phrase(String field, String text, int slop) {
        return builder.createPhraseQuery(field, VietnameseText.nfc(text), slop);
    }

    private static void filters(BooleanQuery.Builder root, SearchRequest r, Map<String, List<String>> typed) {
        filter(root, "source", ArticleFields.SOURCE, r.sources(), typed.get("source"));
        filter(root, "tier", ArticleFields.TIER, r.tiers(), typed.get("tier"));
        filter(root, "topic", ArticleFields.TOPIC, r.topics(), typed.get("topic"));
        filter(root, "place", ArticleFields.PLACE, r.places(), typed.get("place"));
        filter(root, "sentiment", ArticleFields.SENTIMENT, r.sentiments(), typed.get("sentiment"));
        Instant from = r.from();
        Instant until = r.until();
        for (String v : typed.getOrDefault("from", List.of())) {
            from = later(from, SearchRequest.start("from", v));
        }
        for (String v : typed.getOrDefault("to", List.of())) {
            until = earlier(until, SearchRequest.end("to", v));
        }
        if (from != null || until != null) {
            long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
            long hi = until == null ? Long.MAX_VALUE : until.toEpochMilli() - 1;
            root.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED, lo, hi), Occur.FILTER);
        }
    }

    /**
     * One filter's alternatives (sources, topics...), at most {@value #MAX_ALTERNATIVES}: Lucene refuses a query of
     * more than 1024 clauses, and a request naming more is a mistake or an attack, answered 400 naming it.
     */
    private static void filter(BooleanQuery.Builder root, String parameter, String field, List<String> fromParams,
                               List<String> typed) {
        List<String> values = new ArrayList<>(fromParams);
        if (typed != null) {
            values.addAll(typed);
        }
        if (values.isEmpty()) {
            return;
        }
        if (values.size() > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("parameter '" + parameter + "' may name at most " + MAX_ALTERNATIVES
                    + " alternatives but named " + values.size());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, ArticleIndexer.fold(v))), Occur.SHOULD);
        }
        root.add(any.build(), Occur.FILTER);
    }

    static boolean hasDiacritics(String text) {
        return !VietnameseText.fold(text).equals(text.toLowerCase(Locale.ROOT));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
