package vn.tinradar.alerts.spokes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Spokesperson;

/**
 * This instance's copy of the agencies and spokespersons, filled from their compacted topics; applying the same
 * record twice changes nothing, and a null value (a tombstone) removes the entry.
 */
public final class Directory {

    private final Map<String, Agency> agencies = new ConcurrentHashMap<>();
    private final Map<String, Spokesperson> persons = new ConcurrentHashMap<>();

    public void putAgency(String id, Agency agency) {
        if (agency == null) {
            agencies.remove(id);
        } else {
            agencies.put(id, agency);
        }
    }

    public void putPerson(String id, Spokesperson person) {
        if (person == null) {
            persons.remove(id);
        } else {
            persons.put(id, person);
        }
    }

    public Optional<Agency> agency(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(agencies.get(id));
    }

    public Optional<Spokesperson> person(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(persons.get(id));
    }

    /** Every agency, by name. */
    public List<Agency> agencies() {
        return agencies.values().stream().sorted(Comparator.comparing(Agency::name)).toList();
    }

    /** Every spokesperson, by agency then name. */
    public List<Spokesperson> persons() {
        return persons.values().stream()
                .sorted(Comparator.comparing(Spokesperson::agencyId).thenComparing(Spokesperson::name)).toList();
    }

    /** The spokespersons of one agency, by name. */
    public List<Spokesperson> personsOf(String agencyId) {
        return persons().stream().filter(p -> p.agencyId().equals(agencyId)).toList();
    }
}
