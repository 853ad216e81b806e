package vn.tinradar.ingest.crawl;

import java.util.Map;

/**
 * Durable key → JSON crawl state (seen articles, feed validators, poll schedule). The Kafka implementation
 * is the compacted {@code ingest.state} topic, read to its end at start so a restart resumes.
 */
public interface CrawlStateStore extends AutoCloseable {

    /** Everything stored, latest value per key; deleted keys absent. */
    Map<String, String> readAll();

    void write(String key, String json);

    /** Forgets {@code key} (a tombstone in the compacted topic). */
    void delete(String key);

    @Override
    void close();
}
