package vn.tinradar.alerts.spokes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.common.province.PlaceHierarchy;
import vn.tinradar.common.text.VietnameseText;

/**
 * What admins do to the directory: add, edit and remove agencies and spokespersons, and import a CSV file of them.
 * Each change is stored through the {@link SpokesLog} before it is applied here. Mistakes throw
 * {@link IllegalArgumentException} with a Vietnamese message; an unknown id, {@link NoSuchElementException}.
 */
public final class DirectoryAdmin {

    /** What an import did: agencies and spokespersons added or updated, and the lines left out with why. */
    public record ImportReport(int agencies, int persons, List<DirectoryCsv.Rejected> rejected) {
    }

    private final Directory directory;
    private final SpokesLog log;
    private final DirectoryRules rules;
    private final Clock clock;

    /** @param topicNames the taxonomy's topic ids and Vietnamese names, the topics an agency may answer for */
    public DirectoryAdmin(Directory directory, SpokesLog log, PlaceHierarchy places, Map<String, String> topicNames,
                          Clock clock) {
        this.directory = directory;
        this.log = log;
        this.rules = new DirectoryRules(places, topicNames);
        this.clock = clock;
    }

    public Directory directory() {
        return directory;
    }

    public Agency addAgency(AgencyDraft draft, String by) {
        Agency a = rules.agency(freeAgencyId(draft.name()), draft, clock.instant(), by);
        if (byName(a.name()).isPresent()) {
            throw new IllegalArgumentException("Cơ quan '" + a.name() + "' đã có trong danh bạ.");
        }
        return store(a);
    }

    public Agency editAgency(String id, AgencyDraft draft, String by) {
        agency(id);
        Agency a = rules.agency(id, draft, clock.instant(), by);
        byName(a.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new IllegalArgumentException("Cơ quan '" + a.name() + "' đã có trong danh bạ.");
        });
        return store(a);
    }

    /** Removes the agency and its spokespersons (theirs first, so a failure leaves no person without an agency). */
    public void removeAgency(String id) {
        agency(id);
        for (Spokesperson p : directory.personsOf(id)) {
            removePerson(p.id());
        }
        log.removeAgency(id);
        directory.putAgency(id, null);
    }

    public Spokesperson addPerson(PersonDraft draft, String by) {
        Agency a = agency(draft.agencyId());
        Spokesperson p = rules.person(freePersonId(a.id(), draft.name()), draft, clock.instant(), by);
        log.putPerson(p);
        directory.putPerson(p.id(), p);
        return p;
    }

    public Spokesperson editPerson(String id, PersonDraft draft, String by) {
        directory.person(id).orElseThrow(() -> new NoSuchElementException("Không có người phát ngôn " + id + "."));
        agency(draft.agencyId());
        Spokesperson p = rules.person(id, draft, clock.instant(), by);
        log.putPerson(p);
        directory.putPerson(id, p);
        return p;
    }

    public void removePerson(String id) {
        directory.person(id).orElseThrow(() -> new NoSuchElementException("Không có người phát ngôn " + id + "."));
        log.removePerson(id);
        directory.putPerson(id, null);
    }

    /**
     * Adds or updates what each line of the file names: an agency is found by its name (a later line naming it with
     * other columns is refused), a spokesperson by name within the agency. A refused line changes nothing; the others
     * are stored.
     */
    public ImportReport importCsv(String text, String by) {
        DirectoryCsv.Parsed parsed = DirectoryCsv.parse(text);
        List<DirectoryCsv.Rejected> rejected = new ArrayList<>(parsed.rejected());
        Map<String, Agency> seen = new HashMap<>();
        Map<String, Integer> seenOn = new HashMap<>();
        int agencies = 0;
        int persons = 0;
        Instant now = clock.instant();
        for (DirectoryCsv.Line line : parsed.lines()) {
            try {
                String key = VietnameseText.fold(line.agency().name().strip());
                Agency existing = seen.containsKey(key) ? seen.get(key) : byName(line.agency().name()).orElse(null);
                String id = existing != null ? existing.id() : freeAgencyId(line.agency().name());
                Agency a = rules.agency(id, line.agency(), now, by);
                if (seen.containsKey(key)) {
                    if (!sameAnswering(seen.get(key), a)) {
                        throw new IllegalArgumentException("cơ quan '" + a.name() + "' đã khai ở dòng "
                                + seenOn.get(key) + " với cấp, địa bàn hoặc chủ đề khác");
                    }
                    a = seen.get(key);
                }
                Spokesperson p = null;
                if (line.person() != null) {
                    PersonDraft d = line.person();
                    String personId = personByName(a.id(), d.name()).map(Spokesperson::id)
                            .orElseGet(() -> freePersonId(id, d.name()));
                    p = rules.person(personId, new PersonDraft(d.name(), d.position(), id, d.email(), d.phone()), now,
                            by);
                }
                if (!seen.containsKey(key)) {
                    store(a);
                    seen.put(key, a);
                    seenOn.put(key, line.number());
                    agencies++;
                }
                if (p != null) {
                    log.putPerson(p);
                    directory.putPerson(p.id(), p);
                    persons++;
                }
            } catch (IllegalArgumentException e) {
                rejected.add(new DirectoryCsv.Rejected(line.number(), e.getMessage()));
            }
        }
        rejected.sort(Comparator.comparingInt(DirectoryCsv.Rejected::line));
        return new ImportReport(agencies, persons, rejected);
    }

    private Agency store(Agency a) {
        log.putAgency(a);
        directory.putAgency(a.id(), a);
        return a;
    }

    private Agency agency(String id) {
        return directory.agency(id).orElseThrow(() -> new NoSuchElementException("Không có cơ quan " + id + "."));
    }

    private Optional<Agency> byName(String name) {
        String key = VietnameseText.fold(name == null ? "" : name.strip());
        return directory.agencies().stream().filter(a -> VietnameseText.fold(a.name()).equals(key)).findFirst();
    }

    private Optional<Spokesperson> personByName(String agencyId, String name) {
        String key = VietnameseText.fold(name == null ? "" : name.strip());
        return directory.personsOf(agencyId).stream().filter(p -> VietnameseText.fold(p.name()).equals(key))
                .findFirst();
    }

    private static boolean sameAnswering(Agency a, Agency b) {
        return a.level().equals(b.level()) && Objects.equals(a.placeId(), b.placeId()) && a.topics().equals(b.topics());
    }

    private String freeAgencyId(String name) {
        String base = DirectoryRules.slug(name == null || name.isBlank() ? "co-quan" : name);
        String id = base.isEmpty() ? "co-quan" : base;
        for (int i = 2; directory.agency(id).isPresent(); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private String freePersonId(String agencyId, String name) {
        String base = agencyId + "." + DirectoryRules.slug(name == null || name.isBlank() ? "nguoi" : name);
        String id = base;
        for (int i = 2; directory.person(id).isPresent(); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
