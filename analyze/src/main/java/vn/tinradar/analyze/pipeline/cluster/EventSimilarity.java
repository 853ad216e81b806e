package vn.tinradar.analyze.pipeline.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much two headlines (title and lead) speak of the same event: the word pairs they share, double in the title,
 * a place name's pairs at a quarter (where it happened, not what: two reports from one commune share them anyway),
 * over the weight of the smaller headline.
 *
 * <p>The weights depend on the two headlines alone, never on what else has arrived: weighting pairs by their rarity
 * among the articles seen so far made the same two reports match or not depending on arrival order, so the demo's
 * stories changed from run to run (issue 11).
 */
final class EventSimilarity {

    /** Fewer shared pairs than this is what unrelated local news have in common anyway ("xã …", "lào cai"). */
    static final int MIN_SHARED_PAIRS = 3;
    static final double TITLE_WEIGHT = 2;
    static final double PLACE_WEIGHT = 0.25;

    /** A headline's pairs with their weights, worked out once for the many members it is compared with. */
    record Weighted(Map<String, Double> weights, double total) {
    }

    static Weighted weigh(TextFeatures f) {
        Map<String, Double> w = weights(f);
        return new Weighted(w, sum(w));
    }

    /** In [0, 1]: 0 when fewer than {@link #MIN_SHARED_PAIRS} pairs are shared. */
    double score(TextFeatures a, TextFeatures b) {
        return score(weigh(a), b);
    }

    /** As {@link #score(TextFeatures, TextFeatures)}, with the first headline already weighed. */
    double score(Weighted a, TextFeatures b) {
        Map<String, Double> wa = a.weights();
        Map<String, Double> wb = weights(b);
        double shared = 0;
        int sharedPairs = 0;
        for (Map.Entry<String, Double> e : wa.entrySet()) {
            Double other = wb.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
                sharedPairs++;
            }
        }
        if (sharedPairs < MIN_SHARED_PAIRS) {
            return 0;
        }
        double smaller = Math.min(a.total(), sum(wb));
        return smaller == 0 ? 0 : shared / smaller;
    }

    private static Map<String, Double> weights(TextFeatures f) {
        Set<String> title = f.titlePairs() == null ? Set.of() : new HashSet<>(f.titlePairs());
        Set<String> place = f.placePairs() == null ? Set.of() : new HashSet<>(f.placePairs());
        Map<String, Double> w = new HashMap<>();
        for (String pair : f.headlinePairs()) {
            w.put(pair, (place.contains(pair) ? PLACE_WEIGHT : 1) * (title.contains(pair) ? TITLE_WEIGHT : 1));
        }
        return w;
    }

    private static double sum(Map<String, Double> w) {
        double s = 0;
        for (double v : w.values()) {
            s += v;
        }
        return s;
    }
}
