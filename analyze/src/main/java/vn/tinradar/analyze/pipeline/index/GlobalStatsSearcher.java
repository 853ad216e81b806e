package vn.tinradar.analyze.pipeline.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * An IndexSearcher of one shard that weighs terms with the statistics of all shards ({@link SearchStats}), the
 * way a distributed search does its "query then fetch with global frequencies": a rare word in this shard that is
 * common elsewhere no longer ranks this shard's hits above the others'.
 */
final class GlobalStatsSearcher extends IndexSearcher {

    private final Map<String, SearchStats.FieldStat> fields = new HashMap<>();
    private final Map<String, SearchStats.TermStat> terms = new HashMap<>();

    GlobalStatsSearcher(IndexReader reader, SearchStats stats) {
        super(reader);
        stats.fields().forEach(f -> fields.put(f.field(), f));
        stats.terms().forEach(t -> terms.put(t.field() + '\u0000' + t.term(), t));
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        SearchStats.TermStat global = terms.get(term.field() + '\u0000' + term.text());
        if (global == null || global.docFreq() <= 0) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        return new TermStatistics(term.bytes(), global.docFreq(), Math.max(global.totalTermFreq(), global.docFreq()));
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        SearchStats.FieldStat global = fields.get(field);
        if (global == null || global.docCount() <= 0) {
            return super.collectionStatistics(field);
        }
        return new CollectionStatistics(field, global.maxDoc(), global.docCount(), global.sumTotalTermFreq(),
                global.sumDocFreq());
    }
}
