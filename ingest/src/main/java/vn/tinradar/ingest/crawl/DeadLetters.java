package vn.tinradar.ingest.crawl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.source.Source;

/** The crawl's dead letters: each one counted, sent to the rejected topic with its reason, and logged on one line. */
final class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final ArticleSink sink;
    private final IngestMetrics metrics;

    DeadLetters(ArticleSink sink, IngestMetrics metrics) {
        this.sink = sink;
        this.metrics = metrics;
    }

    /** {@code url} of {@code source} is given up for {@code reason}; {@code size} is the bytes read, 0 if none. */
    void send(Source source, String url, String reason, String detail, long size) {
        metrics.rejected(reason);
        sink.reject(Rejected.of(source.id(), url, "ingest", reason, detail, size));
        LOG.info("event=rejected source={} url={} reason={} size={}", source.id(), url, reason, size);
    }
}
