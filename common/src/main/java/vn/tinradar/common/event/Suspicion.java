package vn.tinradar.common.event;

import java.util.List;

/** How likely an article is fake or harmful, in [0,1], with every signal that contributed. */
public record Suspicion(double score, List<Signal> signals) {
}
