package vn.tinradar.ingest.recheck;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.WatchRequest;

/**
 * The watch requests read so far from {@code ingest.watch}, one per article and origin, folded per article: an
 * article stays watched while any alert or incident about it is open, from the earliest anchor any of them gave.
 */
final class WatchBook {

    /** An article as its watches see it together. */
    record Watched(String articleId, String url, String title, String source, Instant anchor, boolean open) {
    }

    private final Map<String, Map<String, WatchRequest>> byArticle = new HashMap<>();

    /** Takes in one record of the topic; a null value (tombstone) removes that origin's watch. */
    void apply(String key, WatchRequest request) {
        if (request == null) {
            int bar = key == null ? -1 : key.indexOf('|');
            if (bar > 0) {
                Map<String, WatchRequest> origins = byArticle.get(key.substring(0, bar));
                if (origins != null) {
                    origins.remove(key.substring(bar + 1));
                    if (origins.isEmpty()) {
                        byArticle.remove(key.substring(0, bar));
                    }
                }
            }
            return;
        }
        byArticle.computeIfAbsent(request.articleId(), id -> new HashMap<>()).put(request.origin(), request);
    }

    List<Watched> all() {
        return byArticle.values().stream().map(WatchBook::fold).toList();
    }

    private static Watched fold(Map<String, WatchRequest> origins) {
        WatchRequest any = origins.values().iterator().next();
        Instant anchor = any.anchor();
        boolean open = false;
        for (WatchRequest r : origins.values()) {
            anchor = r.anchor() != null && (anchor == null || r.anchor().isBefore(anchor)) ? r.anchor() : anchor;
            open |= r.open();
        }
        return new Watched(any.articleId(), any.url(), any.title(), any.source(),
                anchor == null ? any.requestedAt() : anchor, open);
    }
}
