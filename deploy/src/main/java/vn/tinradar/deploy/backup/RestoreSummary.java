package vn.tinradar.deploy.backup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a restore did, per kind: entries written, entries the installation already held with the same value, and
 * entries refused; plus one line per problem (bad line, refused entry, file left alone).
 */
public record RestoreSummary(Map<String, Counts> counts, List<String> problems) {

    /** Entries of one kind. */
    public record Counts(int restored, int present, int refused) {

        Counts plus(Counts other) {
            return new Counts(restored + other.restored, present + other.present, refused + other.refused);
        }
    }

    public RestoreSummary {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
    }

    /** {@code user 3 restored, 0 present; claim ...} in the order of {@link StaffDataKind}. */
    public String describe() {
        return Arrays.stream(StaffDataKind.values())
                .filter(k -> counts.containsKey(k.label()))
                .map(k -> {
                    Counts c = counts.get(k.label());
                    return k.label() + " " + c.restored() + " restored, " + c.present() + " already there"
                            + (c.refused() > 0 ? ", " + c.refused() + " refused" : "");
                })
                .collect(Collectors.joining("; "));
    }
}
