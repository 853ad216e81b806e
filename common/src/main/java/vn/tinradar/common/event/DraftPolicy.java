package vn.tinradar.common.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft policy under public consultation as staff entered it in the dashboard: the value of the compacted
 * {@code policies} topic, keyed by policy id. It joins the draft policies of the settings file; one of the same id
 * takes their place.
 */
public record DraftPolicy(int v, String id, String name, String agency, LocalDate consultationFrom,
                          LocalDate consultationTo, List<String> keywords, String updatedBy, Instant updatedAt) {

    public static final int VERSION = 1;

    public DraftPolicy {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
