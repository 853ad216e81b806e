package vn.tinradar.analyze.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Weighs the linear model against the Kneser-Ney language models from the scores {@code TopicScoreDump} and
 * {@code KneserNeyVariants} wrote: a line's label is the argmax of {@code log p_linear(k) + w * LL_k / n}, the
 * language models' log-likelihood per syllable (n the line's length) weighted by w. The weight is chosen on the
 * dev part; the test part is scored once, with that weight.
 * The language models' order is chosen on dev with the weight.
 * {@code java -cp CLASSPATH vn.tinradar.analyze.training.TopicEnsemble SCORES_DIR kn2,kn3 PART_PREFIX} where the
 * directory holds {@code linear.<prefix>.dev.jsonl.tsv}, {@code kn2.dev.tsv} and their test twins.
 */
public final class TopicEnsemble {

    private static final double[] WEIGHTS = {0, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512};

    private TopicEnsemble() {
    }

    /** One part's scores: gold labels, the linear log-probabilities and the language models' per-syllable ones. */
    record Part(List<String> labels, String[] gold, double[][] linear, double[][] perSyllable) {

        static Part read(Path linearFile, Path knFile) throws IOException {
            List<String> lin = Files.readAllLines(linearFile, StandardCharsets.UTF_8);
            List<String> kn = Files.readAllLines(knFile, StandardCharsets.UTF_8);
            List<String> labels = List.of(lin.get(0).split("\t")).subList(2, lin.get(0).split("\t").length);
            List<String> knLabels = List.of(kn.get(0).split("\t")).subList(3, kn.get(0).split("\t").length);
            if (!labels.equals(knLabels) || lin.size() != kn.size()) {
                throw new IllegalArgumentException(linearFile + " and " + knFile + " do not score the same lines");
            }
            int n = lin.size() - 1;
            String[] gold = new String[n];
            double[][] linear = new double[n][];
            double[][] perSyllable = new double[n][];
            for (int i = 0; i < n; i++) {
                String[] a = lin.get(i + 1).split("\t");
                String[] b = kn.get(i + 1).split("\t");
                if (!a[0].equals(b[0])) {
                    throw new IllegalArgumentException("line " + (i + 2) + ": ids differ, " + a[0] + " and " + b[0]);
                }
                gold[i] = a[1];
                linear[i] = Arrays.stream(a, 2, a.length).mapToDouble(Double::parseDouble).toArray();
                double length = Math.max(1, Double.parseDouble(b[2]));
                perSyllable[i] = Arrays.stream(b, 3, b.length).mapToDouble(v -> Double.parseDouble(v) / length)
                        .toArray();
            }
            return new Part(labels, gold, linear, perSyllable);
        }

        /** Macro-F1 and accuracy of the weighted sum; weight infinity means the language models alone. */
        double[] figures(double weight) {
            int labelCount = labels.size();
            int[] tp = new int[labelCount];
            int[] fp = new int[labelCount];
            int[] fn = new int[labelCount];
            int right = 0;
            for (int i = 0; i < gold.length; i++) {
                double[] s = new double[labelCount];
                for (int k = 0; k < labelCount; k++) {
                    s[k] = Double.isInfinite(weight) ? perSyllable[i][k] : linear[i][k] + weight * perSyllable[i][k];
                }
                int p = Evaluator.argMax(s);
                int g = labels.indexOf(gold[i]);
                if (p == g) {
                    tp[g]++;
                    right++;
                } else {
                    fp[p]++;
                    fn[g]++;
                }
            }
            double sum = 0;
            for (int k = 0; k < labelCount; k++) {
                sum += tp[k] == 0 ? 0 : 2.0 * tp[k] / (2.0 * tp[k] + fp[k] + fn[k]);
            }
            return new double[] {sum / labelCount, right / (double) gold.length};
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String prefix = args[2];
        List<Double> weights = new ArrayList<>();
        Arrays.stream(WEIGHTS).forEach(weights::add);
        weights.add(Double.POSITIVE_INFINITY);
        double best = -1;
        double bestWeight = 0;
        String bestKn = null;
        for (String kn : args[1].split(",")) {
            Part dev = Part.read(dir.resolve("linear." + prefix + ".dev.jsonl.tsv"), dir.resolve(kn + ".dev.tsv"));
            for (double w : weights) {
                double[] f = dev.figures(w);
                System.out.printf(Locale.ROOT, "linear + %s weight=%s dev macro-F1=%.4f accuracy=%.4f%n", kn,
                        Double.isInfinite(w) ? "lm-only" : w, f[0], f[1]);
                if (f[0] > best) {
                    best = f[0];
                    bestWeight = w;
                    bestKn = kn;
                }
            }
        }
        Part test = Part.read(dir.resolve("linear." + prefix + ".test.jsonl.tsv"), dir.resolve(bestKn + ".test.tsv"));
        double[] f = test.figures(bestWeight);
        System.out.printf(Locale.ROOT, "chosen on dev: linear + %s weight=%s (dev macro-F1=%.4f); test macro-F1=%.4f"
                + " accuracy=%.4f%n", bestKn, Double.isInfinite(bestWeight) ? "lm-only" : bestWeight, best, f[0], f[1]);
    }
}
