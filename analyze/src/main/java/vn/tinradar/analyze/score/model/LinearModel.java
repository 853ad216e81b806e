package vn.tinradar.analyze.score.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.text.VietnameseText;

/**
 * A trained linear text classifier over {@link TextFeatures}: one weight vector per label (a logistic
 * regression, a linear SVM or a blend of two, as {@link LinearTrainer} fitted it), the sigmoid of each
 * label's decision normalised into probabilities. Immutable and thread-safe.
 *
 * <p>Read and written by {@link LinearModelFile}.
 */
public final class LinearModel implements TopicModel {

    /** Folded syllables too common to be evidence of anything ("đã", "của", "năm"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("va", "cua", "cho", "cac", "nhung", "da", "duoc", "co",
            "la", "trong", "voi", "mot", "nay", "khi", "den", "tu", "tai", "theo", "de", "nguoi", "nam", "ngay",
            "lai", "cung", "se", "dang", "van", "rat", "thi", "ma", "ra", "vao", "len", "ve", "nhieu", "bi", "khong",
            "hai", "ba", "nhu", "sau", "truoc", "hon", "con", "nen", "neu", "vi", "do", "o", "thang", "so", "muc");

    private final String task;
    private final List<String> labels;
    private final TextFeatures features;
    private final int vectors;
    /** Hashed features with a non-zero weight, ascending; a hashed space is mostly empty, so it is not kept dense. */
    private final int[] featureIds;
    /** {@code vectors} weights per entry of {@link #featureIds}. */
    private final float[] weights;
    private final double[] bias;
    private final String trainedOn;

    /**
     * A model from the weights of the feature ids a trainer used ({@code ids} ascending, {@code vectors}
     * weights each); features whose weights are all zero are not kept.
     */
    public static LinearModel ofColumns(String task, List<String> labels, TextFeatures features, int[] ids, float[] weights,
            double[] bias, String trainedOn) {
        int vectors = vectorsFor(labels);
        if (weights.length != ids.length * vectors) {
            throw new IllegalArgumentException("weights do not fit " + labels.size() + " labels and " + ids.length
                    + " features");
        }
        int[] keep = java.util.stream.IntStream.range(0, ids.length).filter(i -> !isZero(weights, i, vectors)).toArray();
        int[] keptIds = new int[keep.length];
        float[] keptWeights = new float[keep.length * vectors];
        for (int i = 0; i < keep.length; i++) {
            keptIds[i] = ids[keep[i]];
            System.arraycopy(weights, keep[i] * vectors, keptWeights, i * vectors, vectors);
        }
        return new LinearModel(task, labels, features, keptIds, keptWeights, bias, trainedOn);
    }

    LinearModel(String task, List<String> labels, TextFeatures features, int[] featureIds, float[] weights,
            double[] bias, String trainedOn) {
        this.task = task;
        this.labels = List.copyOf(labels);
        this.features = features;
        this.vectors = vectorsFor(labels);
        if (bias.length != vectors || weights.length != featureIds.length * vectors) {
            throw new IllegalArgumentException("bias or weights do not fit " + labels.size() + " labels");
        }
        this.featureIds = featureIds;
        this.weights = weights;
        this.bias = bias;
        this.trainedOn = trainedOn;
    }

    /** With two labels one vector scores the first against the second. */
    private static int vectorsFor(List<String> labels) {
        return labels.size() == 2 ? 1 : labels.size();
    }

    public String task() {
        return task;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    public TextFeatures features() {
        return features;
    }

    public String trainedOn() {
        return trainedOn;
    }

    /** Probability of each label (same order as {@link #labels()}), summing to 1. */
    public double[] probabilities(SparseVector x) {
        double[] p = new double[labels.size()];
        if (vectors == 1) {
            p[0] = sigmoid(decision(x, 0));
            p[1] = 1 - p[0];
            return p;
        }
        double sum = 0;
        for (int k = 0; k < vectors; k++) {
            p[k] = sigmoid(decision(x, k));
            sum += p[k];
        }
        for (int k = 0; k < vectors; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public double[] probabilities(String title, String text, Map<String, Double> extras) {
        return probabilities(features.vectorize(title, text, extras));
    }

    @Override
    public double[] probabilities(String title, String text) {
        return probabilities(title, text, null);
    }

    /**
     * The words of the text that push hardest towards label {@code k}, as written (two-syllable words when
     * the pair weighs more than its syllables, function words left out): the evidence a person can read,
     * which hashed features alone cannot give.
     */
    @Override
    public List<String> topTerms(String title, String text, int k, int limit) {
        int col = vectors == 1 ? 0 : k;
        double sign = vectors == 1 && k == 1 ? -1 : 1;
        Map<String, Double> byTerm = new HashMap<>();
        for (String part : new String[] {title, text}) {
            if (part == null) {
                continue;
            }
            String s = VietnameseText.nfc(part);
            List<Token> tokens = Tokenizer.tokenize(s);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                double w = sign * weight(features.hash(t.exact()), col);
                if (w > 0 && !FUNCTION_WORDS.contains(t.folded()) && t.folded().length() > 1) {
                    byTerm.merge(s.substring(t.start(), t.end()).toLowerCase(Locale.ROOT), w, Math::max);
                }
                if (i + 1 < tokens.size()) {
                    Token u = tokens.get(i + 1);
                    double pair = sign * weight(features.hash(t.exact() + ' ' + u.exact()), col);
                    boolean content = !FUNCTION_WORDS.contains(t.folded()) && !FUNCTION_WORDS.contains(u.folded());
                    if (pair > 0 && content && u.start() - t.end() <= 1) {
                        byTerm.merge(s.substring(t.start(), u.end()).toLowerCase(Locale.ROOT), pair, Math::max);
                    }
                }
            }
        }
        List<String> ranked = byTerm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<String> chosen = new ArrayList<>();
        for (String term : ranked) {
            // a syllable shown inside a chosen two-syllable word adds nothing: keep the word
            chosen.removeIf(c -> (" " + term + " ").contains(" " + c + " "));
            if (chosen.stream().noneMatch(c -> (" " + c + " ").contains(" " + term + " "))) {
                chosen.add(term);
            }
            if (chosen.size() == limit) {
                break;
            }
        }
        return chosen;
    }

    /**
     * The same model with label {@code k}'s decision moved by {@code shift}: a threshold for a rare label,
     * chosen on training data, kept in the bias so scoring needs nothing else.
     */
    public LinearModel withThresholdShift(int k, double shift) {
        double[] moved = bias.clone();
        if (vectors == 1) {
            moved[0] += k == 0 ? shift : -shift;
        } else {
            moved[k] += shift;
        }
        return new LinearModel(task, labels, features, featureIds, weights, moved, trainedOn);
    }

    /** The label with the highest decision after adding {@code shift} to label {@code shifted}'s. */
    public static int argMax(double[] decisions, int labels, int shifted, double shift) {
        if (decisions.length == 1) {
            double d = decisions[0] + (shifted == 0 ? shift : -shift);
            return d >= 0 ? 0 : 1;
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < labels; k++) {
            double d = decisions[k] + (k == shifted ? shift : 0);
            if (d > bestValue) {
                best = k;
                bestValue = d;
            }
        }
        return best;
    }

    public double decision(SparseVector x, int k) {
        double s = bias[k];
        int[] idx = x.indices();
        double[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            s += weight(idx[i], k) * val[i];
        }
        return s;
    }

    private double weight(int feature, int k) {
        int at = Arrays.binarySearch(featureIds, feature);
        return at < 0 ? 0 : weights[at * vectors + k];
    }

    private static boolean isZero(float[] dense, int f, int vectors) {
        for (int k = 0; k < vectors; k++) {
            if (dense[f * vectors + k] != 0f) {
                return false;
            }
        }
        return true;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Hashed features with a weight, ascending (for {@link LinearModelFile}). */
    int[] featureIds() {
        return featureIds;
    }

    /** {@link #vectorCount()} weights per entry of {@link #featureIds()}. */
    float[] weights() {
        return weights;
    }

    double[] bias() {
        return bias;
    }

    /** One weight vector per label, or one for both of two labels. */
    int vectorCount() {
        return vectors;
    }
}
