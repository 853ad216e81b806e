package vn.tinradar.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.ingest.crawl.CrawlStateStore;

/** A crawl-state store that outlives the service instances of one test, as the compacted topic does. */
public final class MemoryStateStore implements CrawlStateStore {

    final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> readAll() {
        return new LinkedHashMap<>(entries);
    }

    @Override
    public void write(String key, String json) {
        entries.put(key, json);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public void close() {
        // the data stays for the next service instance, like the topic does
    }
}
