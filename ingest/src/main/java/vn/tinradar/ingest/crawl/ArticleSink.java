package vn.tinradar.ingest.crawl;

import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceStatus;

/**
 * Where the crawler puts what it produces: articles for analysis, dead letters and source health. The Kafka
 * implementation writes {@code articles.raw}, {@code ingest.rejected} and {@code ingest.health}; {@link #emit}
 * returns only once the article is stored, so crawl state recorded afterwards never claims an article that was
 * lost. Dead letters and statuses are sent without waiting: losing one costs nothing that the next one does not
 * repair.
 */
public interface ArticleSink extends AutoCloseable {

    void emit(Article article);

    void reject(Rejected rejected);

    /** A source's crawling state, keyed by source id in a compacted topic. */
    void status(SourceStatus status);

    @Override
    void close();
}
