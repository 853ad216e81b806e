package vn.tinradar.analyze.score.suspicion;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which label of a two-class suspicion data set means "suspicious" (unreliable, fake, 1 ...). */
public final class SuspiciousLabel {

    static final Set<String> NAMES = Set.of("unreliable", "fake", "suspicious", "1", "true", "yes", "toxic",
            "offensive", "hate");

    private SuspiciousLabel() {
    }

    /**
     * @throws IllegalArgumentException when no label is recognisably the suspicious one
     */
    public static int indexIn(List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (NAMES.contains(labels.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new IllegalArgumentException("none of the labels " + labels + " is a suspicious label " + NAMES);
    }
}
