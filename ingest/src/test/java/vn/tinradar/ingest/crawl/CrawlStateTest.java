package vn.tinradar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlStateTest {

    /** Keeps writes in a map, as the compacted topic keeps the latest value per key. */
    private static final class MapStore implements CrawlStateStore {
        final Map<String, String> map = new HashMap<>();

        @Override
        public Map<String, String> readAll() {
            return new HashMap<>(map);
        }

        @Override
        public void write(String key, String json) {
            map.put(key, json);
        }

        @Override
        public void delete(String key) {
            map.remove(key);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void seenArticlesAndFeedValidatorsSurviveARestore() {
        MapStore store = new MapStore();
        CrawlState before = CrawlState.restore(store);
        before.markSeen("a1b2c3d4e5f60718", new SeenArticle("baolaocai", "https://baolaocai.vn/bai-1.html", "h",
                Instant.parse("2026-11-22T01:00:00Z"), null, null));
        before.saveFeed("baolaocai", "https://baolaocai.vn/rss/home.rss",
                new FeedState("\"v7\"", "Sun, 22 Nov 2026 01:00:00 GMT", "hash", 600, 0, null, null, null));

        CrawlState after = CrawlState.restore(store);

        assertThat(after.isSeen("baolaocai", "a1b2c3d4e5f60718")).isTrue();
        assertThat(after.isSeen("baoyenbai", "a1b2c3d4e5f60718")).as("seen is per source").isFalse();
        assertThat(after.feed("baolaocai", "https://baolaocai.vn/rss/home.rss")).get()
                .extracting(FeedState::etag).isEqualTo("\"v7\"");
    }

    @Test
    void articlesSeenBeforeTheRetentionAreForgottenAndDeletedFromTheStore() {
        MapStore store = new MapStore();
        CrawlState before = CrawlState.restore(store);
        before.markSeen("0000000000000001", new SeenArticle("baolaocai", "https://baolaocai.vn/cu.html", "h",
                Instant.parse("2026-08-01T00:00:00Z"), null, null));
        before.markSeen("0000000000000002", new SeenArticle("baolaocai", "https://baolaocai.vn/moi.html", "h",
                Instant.parse("2026-11-20T00:00:00Z"), null, null));

        CrawlState after = CrawlState.restore(store, Instant.parse("2026-09-23T00:00:00Z"));

        assertThat(after.isSeen("baolaocai", "0000000000000001")).isFalse();
        assertThat(after.isSeen("baolaocai", "0000000000000002")).isTrue();
        assertThat(store.map).containsOnlyKeys("seen/baolaocai/0000000000000002");
    }

    @Test
    void unreadableEntriesAreSkippedNotFatal() {
        MapStore store = new MapStore();
        store.map.put("seen/baolaocai/0011223344556677", "{không phải json");
        store.map.put("seen/baolaocai/8899aabbccddeeff", "{\"sourceId\":\"baolaocai\",\"url\":\"https://baolaocai.vn/b.html\"}");

        CrawlState state = CrawlState.restore(store);

        assertThat(state.isSeen("baolaocai", "8899aabbccddeeff")).isTrue();
        assertThat(state.seenCount()).isEqualTo(1);
    }
}
