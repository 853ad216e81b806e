package vn.tinradar.ingest.crawl;

import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;

/**
 * Where the crawler puts what it found: articles for analysis and dead letters. The Kafka implementation
 * writes {@code articles.raw} and {@code ingest.rejected}; {@link #emit} returns only once the article is
 * stored, so crawl state recorded afterwards never claims an article that was lost.
 */
public interface ArticleSink extends AutoCloseable {

    void emit(Article article);

    void reject(Rejected rejected);

    @Override
    void close();
}
