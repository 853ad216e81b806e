package vn.tinradar.analyze.query.search;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.pipeline.AnalyzeTopology;
import vn.tinradar.common.kafka.StaffTable;
import vn.tinradar.common.event.SavedSearch;

/**
 * Each user's saved searches: save, list, delete. Kept in the compacted topic {@code analyze.saved-searches} and
 * read through the global store {@value #STORE}, rather than in one instance's data directory, so a search saved
 * through one analyze instance is listed by all of them and survives restarts and moves like the rest of the
 * application's state. A saved search holds the parameters of {@code /api/search}, checked when saved.
 */
public final class SavedSearches {

    public static final String STORE = AnalyzeTopology.SAVED_SEARCHES_STORE;
    public static final String SOURCE = AnalyzeTopology.SAVED_SEARCHES_SOURCE;
    /** The parameters a saved search keeps; paging is not part of a search. */
    public static final Set<String> PARAMS = Set.of("q", "from", "to", "source", "tier", "topic", "place",
            "sentiment", "sort");
    static final int MAX_PER_USER = 200;
    static final int MAX_NAME_CHARS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(SavedSearches.class);

    private final StaffTable<SavedSearch> table;
    private final Clock clock;

    public SavedSearches(StaffTable<SavedSearch> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /**
     * Saves a search under a name for {@code user}.
     *
     * @throws IllegalArgumentException when the name is empty or too long, or a parameter is not allowed
     */
    public SavedSearch save(String user, String name, Map<String, String> params) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("field 'name' must be 1 to " + MAX_NAME_CHARS
                    + " characters but was '" + (name == null ? "" : name) + "'");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (PARAMS.contains(k) && v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        SearchRequest.fromParams(kept); // names the parameter that is wrong
        if (list(user).size() >= MAX_PER_USER) {
            throw new IllegalArgumentException("user " + user + " already has " + MAX_PER_USER
                    + " saved searches: delete one first");
        }
        SavedSearch saved = new SavedSearch(SavedSearch.VERSION, "s-" + UUID.randomUUID().toString().substring(0, 8),
                user, n, kept, clock.instant());
        table.put(SavedSearch.key(user, saved.id()), saved);
        LOG.info("event=search-saved user={} id={}", user, saved.id());
        return saved;
    }

    /** The user's saved searches, newest first. */
    public List<SavedSearch> list(String user) {
        return table.range(user + "|", user + "|\uffff").stream()
                .sorted(Comparator.comparing(SavedSearch::savedAt).reversed()).toList();
    }

    /**
     * Deletes one of the user's saved searches.
     *
     * @throws NoSuchElementException when the user has no saved search with that id
     */
    public void delete(String user, String id) {
        String key = SavedSearch.key(user, id);
        if (table.get(key).isEmpty()) {
            throw new NoSuchElementException("no saved search " + id + " for user " + user);
        }
        table.delete(key);
        LOG.info("event=search-deleted user={} id={}", user, id);
    }
}
