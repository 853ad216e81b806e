package vn.tinradar.alerts.policy;

import java.util.List;
import java.util.Map;
import vn.tinradar.alerts.config.AlertsConfig;

/**
 * The compiled feedback on one draft policy: how many articles were read, how many sentences of each stance they
 * hold, and the main arguments of each stance (for, against, questions), largest first.
 */
public record CompiledFeedback(AlertsConfig.Policy policy, int articlesRead, Map<Stance, Integer> counts,
                               List<Argument> arguments) {

    public CompiledFeedback {
        counts = Map.copyOf(counts);
        arguments = List.copyOf(arguments);
    }

    /** The arguments of one stance, largest first. */
    public List<Argument> arguments(Stance stance) {
        return arguments.stream().filter(a -> a.stance() == stance).toList();
    }

    /** How many sentences took {@code stance}. */
    public int count(Stance stance) {
        return counts.getOrDefault(stance, 0);
    }
}
