package vn.tinradar.analyze.score.ngram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the per-label language models of both smoothings turn into for the scorer: a posterior and evidence words. */
final class LabelEvidence {

    /** The unigram probability of word {@code id} under label {@code label}'s model. */
    interface Unigram {
        double probability(int label, int id);
    }

    private LabelEvidence() {
    }

    /**
     * The softmax of the labels' log scores: their posterior under the models. Long texts make it all but 0 or
     * 1 (the models treat every word as fresh evidence); it ranks the labels faithfully.
     */
    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : scores) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp(scores[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < scores.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** The text's syllables that label {@code k}'s unigram finds most likely compared with the next best label's. */
    static List<String> topTerms(Vocabulary vocabulary, int[] ids, int k, int labels, Unigram unigram, int limit) {
        Set<Integer> distinct = new LinkedHashSet<>();
        for (int id : ids) {
            if (id > Vocabulary.BOUNDARY && vocabulary.word(id).length() > 1) {
                distinct.add(id);
            }
        }
        record Evidence(String word, double ratio) {
        }
        List<Evidence> ranked = new ArrayList<>();
        for (int id : distinct) {
            double own = Math.log(unigram.probability(k, id));
            double other = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < labels; j++) {
                if (j != k) {
                    other = Math.max(other, Math.log(unigram.probability(j, id)));
                }
            }
            if (own > other) {
                ranked.add(new Evidence(vocabulary.word(id), own - other));
            }
        }
        ranked.sort(Comparator.comparingDouble(Evidence::ratio).reversed());
        return ranked.stream().limit(limit).map(Evidence::word).toList();
    }
}
