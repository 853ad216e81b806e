package vn.tinradar.analyze.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import vn.tinradar.common.event.ScoredArticle;

/** Writes a shard as analyze wrote them before the syllable-pair fields: no pair fields, no format in the commit. */
public final class IndexesWithoutWordPairs {

    private IndexesWithoutWordPairs() {
    }

    public static void write(Path path, List<ScoredArticle> articles) {
        IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzer.perField());
        try (FSDirectory dir = FSDirectory.open(path); IndexWriter writer = new IndexWriter(dir, config)) {
            for (ScoredArticle a : articles) {
                writer.updateDocument(new Term(ArticleFields.ID, a.id()), ArticleIndexer.document(a, false));
            }
            writer.setLiveCommitData(Map.of(ArticleIndex.OFFSET_KEY, Long.toString(articles.size() - 1)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
