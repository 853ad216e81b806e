package vn.tinradar.common.event;

import java.time.Instant;
import java.util.Map;

/**
 * A search a member of staff saved to run again: the value of {@code analyze.saved-searches}, keyed by
 * {@code user|id} (compacted; a tombstone deletes it).
 *
 * @param params the search's HTTP parameters as {@code /api/search} takes them (q, from, to, source, tier, topic,
 *     place, sentiment, sort)
 */
public record SavedSearch(int v, String id, String user, String name, Map<String, String> params, Instant savedAt) {

    public static final int VERSION = 1;

    public SavedSearch {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The record key: one user's searches sort together in the store. */
    public static String key(String user, String id) {
        return user + "|" + id;
    }
}
