package vn.tinradar.analyze.pipeline.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus statistics BM25 scores a query with, summed over shards, so every shard ranks with the same numbers
 * and scores from different shards (and instances) can be merged as if from one index: per field the document
 * and term totals, per query term its document and term frequency.
 */
public record SearchStats(List<FieldStat> fields, List<TermStat> terms) {

    public static final SearchStats EMPTY = new SearchStats(List.of(), List.of());

    public record FieldStat(String field, long maxDoc, long docCount, long sumTotalTermFreq, long sumDocFreq) {
    }

    public record TermStat(String field, String term, long docFreq, long totalTermFreq) {
    }

    public SearchStats {
        fields = fields == null ? List.of() : List.copyOf(fields);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** The statistics of all the given shards together. */
    public static SearchStats sum(List<SearchStats> parts) {
        Map<String, long[]> f = new LinkedHashMap<>();
        Map<String, long[]> t = new LinkedHashMap<>();
        for (SearchStats s : parts) {
            for (FieldStat fs : s.fields) {
                long[] acc = f.computeIfAbsent(fs.field(), k -> new long[4]);
                acc[0] += fs.maxDoc();
                acc[1] += fs.docCount();
                acc[2] += fs.sumTotalTermFreq();
                acc[3] += fs.sumDocFreq();
            }
            for (TermStat ts : s.terms) {
                long[] acc = t.computeIfAbsent(ts.field() + '\u0000' + ts.term(), k -> new long[2]);
                acc[0] += ts.docFreq();
                acc[1] += ts.totalTermFreq();
            }
        }
        List<FieldStat> fields = new ArrayList<>();
        f.forEach((field, a) -> fields.add(new FieldStat(field, a[0], a[1], a[2], a[3])));
        List<TermStat> terms = new ArrayList<>();
        t.forEach((key, a) -> {
            int sep = key.indexOf('\u0000');
            terms.add(new TermStat(key.substring(0, sep), key.substring(sep + 1), a[0], a[1]));
        });
        return new SearchStats(fields, terms);
    }
}
