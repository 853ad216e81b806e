package vn.tinradar.analyze.pipeline.index;

import java.util.List;

/** The Lucene index shards this instance holds right now (one per local task of the indexing step). */
@FunctionalInterface
public interface LocalShards {

    List<ArticleIndex> shards();
}
