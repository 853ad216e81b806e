package vn.tinradar.analyze.pipeline.index;

import vn.tinradar.common.event.ScoredArticle;

/**
 * The value of the {@value IndexingProcessor#ARTICLES_STORE} store, the index's source of truth: the article and
 * the input offset it came from, so a Lucene index that committed up to offset N re-indexes only what is newer.
 */
public record StoredArticle(long sourceOffset, ScoredArticle article) {
}
