package vn.tinradar.analyze.pipeline.index;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Finds the clauses of a query that only rank and read the article's body: an optional clause of a boolean query
 * that also has a required one (and no minimum of optional clauses to match) never decides whether a document
 * matches, only its score. Those on the headline alone stay: headlines are short, so they cost little, and a match
 * in the headline lifts an article the most, so leaving them out would change which articles come first.
 */
final class RankingClauses {

    private RankingClauses() {
    }

    /** The query without its ranking-only clauses on the body: it matches exactly the same documents. */
    static Query withoutThem(Query query) {
        if (query instanceof BoostQuery boost) {
            Query inner = withoutThem(boost.getQuery());
            return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        boolean required = bool.getMinimumNumberShouldMatch() == 0 && bool.clauses().stream()
                .anyMatch(c -> c.getOccur() == Occur.MUST || c.getOccur() == Occur.FILTER);
        BooleanQuery.Builder kept = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            if (required && clause.getOccur() == Occur.SHOULD && !onHeadlineOnly(clause.getQuery())) {
                changed = true;
                continue;
            }
            Query inner = withoutThem(clause.getQuery());
            changed |= inner != clause.getQuery();
            kept.add(inner, clause.getOccur());
        }
        return changed ? kept.build() : query;
    }

    private static boolean onHeadlineOnly(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        });
        return fields.equals(Set.of(ArticleFields.TITLE_FOLDED));
    }
}
