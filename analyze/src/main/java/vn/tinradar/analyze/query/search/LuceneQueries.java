package vn.tinradar.analyze.query.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 */
final class LuceneQueries {

    static final int MAX_ALTERNATIVES = 200;
    static final float EXACT_BOOST = 4f;
    static final float TITLE_BOOST = 1.5f;
    static final float PROXIMITY_BOOST = 2f;

    private final QueryBuilder builder = new QueryBuilder(VietnameseAnalyzer.perField());

    /** The query that selects and ranks hits. */
    Query query(SearchRequest request, StaffQuery parsed) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean anyText = false;
        for (List<StaffQuery.Unit> group : parsed.required()) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int n = 0;
            for (StaffQuery.Unit unit : group) {
                Query q = unit(unit);
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
            Query q = phrase(marked ? ArticleFields.TEXT_EXACT : ArticleFields.TEXT_FOLDED, unit.text(), 0);
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

    private Query unit(StaffQuery.Unit unit) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int required = 0;
        for (String chunk : chunks(unit)) {
            Query folded = phrase(ArticleFields.TEXT_FOLDED, chunk, 0);
            if (folded == null) {
                continue; // only stop words
            }
            b.add(folded, Occur.MUST);
            required++;
            if (hasDiacritics(chunk)) {
                Query exact = phrase(ArticleFields.TEXT_EXACT, chunk, 0);
                if (exact != null) {
                    b.add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD);
                }
            }
            Query title = phrase(ArticleFields.TITLE_FOLDED, chunk, 0);
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
