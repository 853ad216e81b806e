package vn.tinradar.ingest.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Json;

/**
 * The crawler's memory, mirrored to a {@link CrawlStateStore}: which articles each source has sent
 * ({@code seen/<source>/<article id>}) and each feed's validators and schedule ({@code feed/<source>/<url>}).
 * Every change is written through at once, so what a restart reads is what was done.
 */
public final class CrawlState {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlState.class);
    private static final String SEEN = "seen/";
    private static final String FEED = "feed/";

    private final CrawlStateStore store;
    private final Map<String, SeenArticle> seen = new ConcurrentHashMap<>();
    private final Map<String, FeedState> feeds = new ConcurrentHashMap<>();

    private CrawlState(CrawlStateStore store) {
        this.store = store;
    }

    /** Reads the whole store; entries that no longer parse are skipped (and logged), never fatal. */
    public static CrawlState restore(CrawlStateStore store) {
        return restore(store, Instant.MIN);
    }

    /**
     * Reads the whole store and forgets articles seen before {@code forgetSeenBefore}, so the state stays
     * bounded; the crawler never sends items that old anyway.
     */
    public static CrawlState restore(CrawlStateStore store, Instant forgetSeenBefore) {
        CrawlState state = new CrawlState(store);
        int bad = 0;
        for (Map.Entry<String, String> e : store.readAll().entrySet()) {
            try {
                if (e.getKey().startsWith(SEEN)) {
                    state.seen.put(e.getKey(), Json.mapper().readValue(e.getValue(), SeenArticle.class));
                } else if (e.getKey().startsWith(FEED)) {
                    state.feeds.put(e.getKey(), Json.mapper().readValue(e.getValue(), FeedState.class));
                }
            } catch (JsonProcessingException ex) {
                bad++;
            }
        }
        int forgotten = 0;
        for (Map.Entry<String, SeenArticle> e : Map.copyOf(state.seen).entrySet()) {
            if (e.getValue().at() != null && e.getValue().at().isBefore(forgetSeenBefore)) {
                state.seen.remove(e.getKey());
                store.delete(e.getKey());
                forgotten++;
            }
        }
        LOG.info("event=crawl-state-restored seen={} feeds={} unreadable={} forgotten={}", state.seen.size(),
                state.feeds.size(), bad, forgotten);
        return state;
    }

    public boolean isSeen(String sourceId, String articleId) {
        return seen.containsKey(SEEN + sourceId + "/" + articleId);
    }

    public Optional<SeenArticle> seen(String sourceId, String articleId) {
        return Optional.ofNullable(seen.get(SEEN + sourceId + "/" + articleId));
    }

    public void markSeen(String articleId, SeenArticle article) {
        String key = SEEN + article.sourceId() + "/" + articleId;
        seen.put(key, article);
        store.write(key, json(article));
    }

    /** Every article remembered as sent, of every source (a snapshot). */
    public java.util.List<SeenArticle> seenArticles() {
        return java.util.List.copyOf(seen.values());
    }

    public int seenCount() {
        return seen.size();
    }

    public Optional<FeedState> feed(String sourceId, String feedUrl) {
        return Optional.ofNullable(feeds.get(FEED + sourceId + "/" + feedUrl));
    }

    public void saveFeed(String sourceId, String feedUrl, FeedState state) {
        String key = FEED + sourceId + "/" + feedUrl;
        feeds.put(key, state);
        store.write(key, json(state));
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("crawl state records always serialise", e);
        }
    }
}
