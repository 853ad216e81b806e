package vn.tinradar.analyze.pipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of every facet over all matching documents, from SortedSetDocValues; counts are kept per
 * segment ordinal and turned into strings once per segment, so a large result costs array increments only.
 */
final class FacetCounter implements Collector {

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

    static CollectorManager<FacetCounter, Map<String, Map<String, Long>>> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Map<String, Map<String, Long>> reduce(Collection<FacetCounter> collectors) {
                Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
                for (FacetCounter c : collectors) {
                    merge(merged, c.counts);
                }
                return merged;
            }
        };
    }

    static void merge(Map<String, Map<String, Long>> into, Map<String, Map<String, Long>> from) {
        from.forEach((facet, values) -> {
            Map<String, Long> target = into.computeIfAbsent(facet, f -> new HashMap<>());
            values.forEach((value, n) -> target.merge(value, n, Long::sum));
        });
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        List<SortedSetDocValues> values = new ArrayList<>();
        List<long[]> ordCounts = new ArrayList<>();
        for (String facet : ArticleFields.FACETS) {
            SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), ArticleFields.facetField(facet));
            values.add(dv);
            ordCounts.add(new long[(int) dv.getValueCount()]);
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int f = 0; f < values.size(); f++) {
                    SortedSetDocValues dv = values.get(f);
                    if (dv.advanceExact(doc)) {
                        long[] c = ordCounts.get(f);
                        for (int i = 0; i < dv.docValueCount(); i++) {
                            c[(int) dv.nextOrd()]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < values.size(); f++) {
                    long[] c = ordCounts.get(f);
                    Map<String, Long> target = counts.computeIfAbsent(ArticleFields.FACETS[f], k -> new HashMap<>());
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            target.merge(values.get(f).lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
