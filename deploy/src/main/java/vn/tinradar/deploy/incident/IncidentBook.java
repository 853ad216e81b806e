package vn.tinradar.deploy.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.Incident;

/** This process's view of every incident, as the {@code incidents} topic last said; a null value removes one. */
public final class IncidentBook {

    private final Map<String, Incident> byId = new ConcurrentHashMap<>();

    /**
     * Keeps {@code incident} unless the book already holds a later state of it: this process writes a change to the
     * book at once and reads its own earlier records back from the topic afterwards, and an earlier record read back
     * must not undo the change (a closed incident reopened until the next record arrives). Every change appends to
     * {@code changes}, so the longer list is the later state.
     */
    public void put(String id, Incident incident) {
        if (incident == null) {
            byId.remove(id);
        } else {
            byId.merge(id, incident, (held, read) -> read.changes().size() < held.changes().size() ? held : read);
        }
    }

    public Optional<Incident> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Open incidents first, then the most recently opened. */
    public List<Incident> all() {
        return byId.values().stream().sorted(Comparator.comparing((Incident i) -> !i.open())
                .thenComparing(Incident::openedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }
}
