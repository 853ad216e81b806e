package vn.tinradar.alerts.policy;

import java.util.List;

/** A sentence's stance and the cue words that decided it, in the order they appear. */
public record StanceReading(Stance stance, List<String> cues) {

    public StanceReading {
        cues = List.copyOf(cues);
    }
}
