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

    public void put(String id, Incident incident) {
        if (incident == null) {
            byId.remove(id);
        } else {
            byId.put(id, incident);
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
