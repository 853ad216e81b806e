package vn.tinradar.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.ingest.crawl.ArticleSink;

/** Keeps what the crawler emits in memory, for tests of the polling path without a broker. */
public final class MemorySink implements ArticleSink {

    final List<Article> articles = new CopyOnWriteArrayList<>();
    final List<Rejected> rejected = new CopyOnWriteArrayList<>();
    final List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public void emit(Article article) {
        articles.add(article);
    }

    @Override
    public void reject(Rejected record) {
        rejected.add(record);
    }

    @Override
    public void status(SourceStatus status) {
        statuses.add(status);
    }

    /** The articles emitted so far, in order. */
    public List<Article> articles() {
        return List.copyOf(articles);
    }

    /** The dead letters sent so far, in order. */
    public List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    @Override
    public void close() {
        closed = true;
    }
}
