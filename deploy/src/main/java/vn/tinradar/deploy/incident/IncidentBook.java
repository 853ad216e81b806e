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
     * Applies {@code incident} as read from the topic, in the topic's order, when it continues the state held
     * ({@link Incident#continues}): a record written on an older state (another instance or another staff member
     * changed the incident in between) is ignored, on every instance alike; its writer sees that and refuses the
     * change ({@link IncidentLog.StaleChange}) instead of losing the other one. An earlier record read back again is
     * ignored the same way.
     *
     * @return whether the book now holds {@code incident} (for a null value: whether it removed one)
     */
    public boolean put(String id, Incident incident) {
        if (incident == null) {
            return byId.remove(id) != null;
        }
        Incident kept = byId.merge(id, incident, (held, read) -> read.continues(held) ? read : held);
        return kept == incident;
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
