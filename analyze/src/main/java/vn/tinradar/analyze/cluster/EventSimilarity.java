package vn.tinradar.analyze.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much two headlines (title and lead) speak of the same event: the word pairs they share, each weighted by
 * how rare it is among the recent articles (a pair every article has, like "lào cai", says little; "mường hum"
 * or "sạt lở" say a lot) and double in the title, over the weight of the smaller headline.
 *
 * <p>Keeps the document frequency of every pair over the articles it was told about, so it is rebuilt from the
 * cluster members when a task starts, like the candidate index.
 */
final class EventSimilarity {

    /** Fewer shared pairs than this is what unrelated local news have in common anyway ("xã …", "lào cai"). */
    static final int MIN_SHARED_PAIRS = 3;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    void add(TextFeatures f) {
        documents++;
        for (String pair : new HashSet<>(f.headlinePairs())) {
            documentFrequency.merge(pair, 1, Integer::sum);
        }
    }

    void remove(TextFeatures f) {
        documents--;
        for (String pair : new HashSet<>(f.headlinePairs())) {
            documentFrequency.computeIfPresent(pair, (p, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** In [0, 1]: 0 when fewer than {@link #MIN_SHARED_PAIRS} pairs are shared. */
    double score(TextFeatures a, TextFeatures b) {
        Map<String, Double> wa = weights(a);
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
        double smaller = Math.min(sum(wa), sum(wb));
        return smaller == 0 ? 0 : shared / smaller;
    }

    private Map<String, Double> weights(TextFeatures f) {
        Set<String> title = f.titlePairs() == null ? Set.of() : new HashSet<>(f.titlePairs());
        Map<String, Double> w = new HashMap<>();
        for (String pair : f.headlinePairs()) {
            w.put(pair, idf(pair) * (title.contains(pair) ? 2 : 1));
        }
        return w;
    }

    private double idf(String pair) {
        int df = documentFrequency.getOrDefault(pair, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1;
    }

    private static double sum(Map<String, Double> w) {
        double s = 0;
        for (double v : w.values()) {
            s += v;
        }
        return s;
    }

}
