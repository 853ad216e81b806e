package vn.tinradar.analyze.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.model.FeatureSpec;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.model.SparseVector;
import vn.tinradar.analyze.score.model.TextFeatures;

/**
 * Fits a {@link LinearModel}: one binary LIBLINEAR problem per label against the rest (L2-regularised logistic
 * regression or L2-loss linear SVM), over {@link TextFeatures} with idf and a minimum document frequency
 * fitted on the training texts alone. Optionally scales each label's features by their naive Bayes log-count
 * ratio first (NB-SVM), and optionally chooses C and moves the rarest label's decision threshold to where an
 * inner cross-validation on the training texts finds the best macro-F1. Training is deterministic: the same
 * lines give the same model.
 */
public final class LinearTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(LinearTrainer.class);

    static {
        Linear.disableDebugOutput();
    }

    static final int INNER_FOLDS = 3;
    static final long SEED = 7;
    /** Smoothing of the naive Bayes counts: one pseudo-document per feature and side. */
    static final double NB_ALPHA = 1.0;

    /**
     * How a task's model is trained.
     *
     * @param features which features the texts give
     * @param hashBits size of the hashed feature space (2^bits)
     * @param c inverse regularisation strength
     * @param balance weigh each label's examples inversely to its frequency
     * @param svm L2-loss linear SVM (sharper on long texts) rather than logistic regression
     * @param idf weigh features by inverse document frequency
     * @param minDf leave out features seen in fewer training texts than this (needs idf)
     * @param naiveBayes scale features by each label's naive Bayes log-count ratio (NB-SVM)
     * @param blend with naiveBayes: average the NB-scaled model with the plain one (their decisions, so the
     *     blend is again one linear model)
     * @param tuneRare shift the rarest label's threshold by inner cross-validation on the training texts
     * @param cChoices when not empty, the inverse regularisation is the one of these that gives the best
     *     macro-F1 over an inner cross-validation on the training texts; {@code c} is then used only when there
     *     are too few lines for one
     */
    public record Settings(FeatureSpec features, int hashBits, double c, boolean balance, boolean svm, boolean idf,
            int minDf, boolean naiveBayes, boolean blend, boolean tuneRare, List<Double> cChoices) {

        public Settings {
            if (minDf > 0 && !idf) {
                throw new IllegalArgumentException("a minimum document frequency needs idf");
            }
            cChoices = List.copyOf(cChoices);
        }

        Settings withC(double newC) {
            return new Settings(features, hashBits, newC, balance, svm, idf, minDf, naiveBayes, blend, tuneRare,
                    List.of());
        }

        boolean innerSearch() {
            return tuneRare || !cChoices.isEmpty();
        }
    }

    private final Settings s;
    private final TextFeatures base;

    public LinearTrainer(Settings settings) {
        this.s = settings;
        this.base = new TextFeatures(settings.features(), settings.hashBits(), null);
    }

    public Settings settings() {
        return s;
    }

    public LinearModel train(String task, List<LabeledText> examples, String trainedOn) {
        return fit(task, count(examples), examples.stream().map(LabeledText::label).toList(), trainedOn);
    }

    /** Raw feature counts of the examples, which {@link #fit} weighs (cross-validation counts once per line). */
    public List<TextFeatures.Counts> count(List<LabeledText> examples) {
        List<TextFeatures.Counts> out = new ArrayList<>(examples.size());
        for (LabeledText e : examples) {
            out.add(base.counts(e.title(), e.text(), e.extras()));
        }
        return out;
    }

    /** Fits a model on counted examples: everything fitted (idf, ratios, threshold) sees these alone. */
    public LinearModel fit(String task, List<TextFeatures.Counts> counts, List<String> labels, String trainedOn) {
        List<String> labelSet = new ArrayList<>(new TreeSet<>(labels));
        if (labelSet.size() < 2) {
            throw new IllegalArgumentException("training for task '" + task + "' needs at least 2 labels but found "
                    + labelSet);
        }
        if (!s.innerSearch() || counts.size() < 10 * INNER_FOLDS) {
            return fitOnce(task, labelSet, counts, labels, trainedOn);
        }
        int rare = rarest(labelSet, labels);
        Choice best = null;
        for (double c : s.cChoices().isEmpty() ? List.of(s.c()) : s.cChoices()) {
            Choice choice = new LinearTrainer(s.withC(c)).innerChoice(task, labelSet, counts, labels, rare);
            best = best == null || choice.macroF1() > best.macroF1() + 1e-9 ? choice : best;
        }
        LOG.info("event=inner-cv-chosen task={} c={} rare={} shift={} innerMacroF1={}", task, best.c(),
                labelSet.get(rare), best.shift(), String.format(Locale.ROOT, "%.4f", best.macroF1()));
        LinearModel m = new LinearTrainer(s.withC(best.c())).fitOnce(task, labelSet, counts, labels, trainedOn);
        return best.shift() == 0 ? m : m.withThresholdShift(rare, best.shift());
    }

    /** What an inner cross-validation chose for one C: the rare label's shift and the macro-F1 it gives. */
    private record Choice(double c, double shift, double macroF1) {
    }

    private LinearModel fitOnce(String task, List<String> labelSet, List<TextFeatures.Counts> counts,
            List<String> labels, String trainedOn) {
        TextFeatures features = s.idf() ? base.withIdfFrom(counts, s.minDf()) : base;
        List<SparseVector> x = new ArrayList<>(counts.size());
        for (TextFeatures.Counts c : counts) {
            x.add(features.weigh(c));
        }
        Set<Integer> named = new HashSet<>();
        for (TextFeatures.Counts c : counts) {
            if (c.extras() != null) {
                for (String k : c.extras().keySet()) {
                    named.add(features.hash("x:" + k));
                }
            }
        }
        int[] y = labels.stream().mapToInt(labelSet::indexOf).toArray();
        return fitVectors(task, labelSet, features, x, y, named, trainedOn);
    }

    private LinearModel fitVectors(String task, List<String> labelSet, TextFeatures features, List<SparseVector> x,
            int[] y, Set<Integer> named, String trainedOn) {
        // liblinear's cost grows with the number of columns: give it only the features that occur, in id order
        boolean[] used = new boolean[features.dimension()];
        for (SparseVector v : x) {
            for (int f : v.indices()) {
                used[f] = true;
            }
        }
        int[] ids = java.util.stream.IntStream.range(0, used.length).filter(f -> used[f]).toArray();
        int columns = ids.length;
        int vectors = labelSet.size() == 2 ? 1 : labelSet.size();
        int[] counts = new int[labelSet.size()];
        for (int label : y) {
            counts[label]++;
        }
        Feature[][] shared = s.naiveBayes() && !s.blend() ? null : rows(x, ids, null);
        float[] weights = new float[columns * vectors];
        double[] bias = new double[vectors];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(vectors, threads()));
        try {
            List<Future<double[]>> jobs = new ArrayList<>();
            for (int k = 0; k < vectors; k++) {
                int label = k;
                jobs.add(pool.submit(() -> {
                    double[] plain = shared != null ? solve(shared, columns, y, label, counts, x.size()) : null;
                    if (!s.naiveBayes()) {
                        return plain;
                    }
                    double[] r = ratios(x, y, label, ids, named);
                    double[] w = solve(rows(x, ids, r), columns, y, label, counts, x.size());
                    for (int col = 0; col < columns; col++) {
                        w[col] *= r[col];
                    }
                    if (plain != null) {
                        for (int col = 0; col <= columns; col++) {
                            w[col] = (w[col] + plain[col]) / 2;
                        }
                    }
                    return w;
                }));
            }
            for (int k = 0; k < vectors; k++) {
                double[] w = jobs.get(k).get();
                for (int col = 0; col < columns; col++) {
                    weights[col * vectors + k] = (float) w[col];
                }
                bias[k] = w[columns];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return LinearModel.ofColumns(task, labelSet, features, ids, weights, bias, trainedOn);
    }

    private static int threads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Rows in column order (1-based columns, bias last), values scaled by {@code r} when given. */
    private static Feature[][] rows(List<SparseVector> x, int[] ids, double[] r) {
        Feature[][] rows = new Feature[x.size()][];
        for (int i = 0; i < rows.length; i++) {
            SparseVector v = x.get(i);
            Feature[] row = new Feature[v.size() + 1];
            int col = 0;
            for (int j = 0; j < v.size(); j++) {
                col = Arrays.binarySearch(ids, col, ids.length, v.indices()[j]);
                row[j] = new FeatureNode(col + 1, r == null ? v.values()[j] : v.values()[j] * r[col]);
            }
            row[v.size()] = new FeatureNode(ids.length + 1, 1.0);
            rows[i] = row;
        }
        return rows;
    }

    /**
     * Naive Bayes log-count ratio of each column for {@code label} against the rest, over which texts have the
     * feature at all; named features keep ratio 1, they are not counts.
     */
    private static double[] ratios(List<SparseVector> x, int[] y, int label, int[] ids, Set<Integer> named) {
        double[] p = new double[ids.length];
        double[] q = new double[ids.length];
        Arrays.fill(p, NB_ALPHA);
        Arrays.fill(q, NB_ALPHA);
        for (int i = 0; i < x.size(); i++) {
            double[] side = y[i] == label ? p : q;
            int col = 0;
            for (int f : x.get(i).indices()) {
                col = Arrays.binarySearch(ids, col, ids.length, f);
                side[col]++;
            }
        }
        double sp = Arrays.stream(p).sum();
        double sq = Arrays.stream(q).sum();
        double[] r = new double[ids.length];
        for (int col = 0; col < ids.length; col++) {
            r[col] = named.contains(ids[col]) ? 1 : Math.log((p[col] / sp) / (q[col] / sq));
        }
        return r;
    }

    /** One label against the rest: returns the weights of the columns and, last, the bias. */
    private double[] solve(Feature[][] rows, int columns, int[] y, int label, int[] counts, int n) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = columns + 1;
        problem.bias = 1;
        problem.x = rows;
        problem.y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            problem.y[i] = y[i] == label ? 1 : 0;
        }
        SolverType solver = s.svm() ? SolverType.L2R_L2LOSS_SVC_DUAL : SolverType.L2R_LR;
        Parameter param = new Parameter(solver, s.c(), solver == SolverType.L2R_LR ? 0.01 : 0.1);
        param.setRandom(new Random(SEED));
        if (s.balance()) {
            int labels = counts.length;
            double positive = (double) n / (labels * Math.max(1, counts[label]));
            // as liblinear weighs one-vs-rest: the label's own weight on its texts, the rest at 1; with two
            // labels each side has its own
            double negative = labels == 2 ? (double) n / (labels * Math.max(1, counts[1 - label])) : 1.0;
            param.setWeights(new double[] {positive, negative}, new int[] {1, 0});
        }
        de.bwaldvogel.liblinear.Model m = Linear.train(problem, param);
        double[] w = m.getFeatureWeights();
        // liblinear's single vector scores its first label, which is whichever the first row had
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] out = new double[columns + 1];
        for (int col = 0; col <= columns; col++) {
            out[col] = sign * w[col];
        }
        return out;
    }

    private static int rarest(List<String> labelSet, List<String> labels) {
        int[] counts = new int[labelSet.size()];
        labels.forEach(l -> counts[labelSet.indexOf(l)]++);
        int rare = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] < counts[rare]) {
                rare = k;
            }
        }
        return rare;
    }

    /**
     * Macro-F1 over an inner stratified cross-validation of the training texts (each inner model fitted on its
     * own inner training part) and, when tuning the rare label, the shift of its decision that makes it best.
     */
    private Choice innerChoice(String task, List<String> labelSet, List<TextFeatures.Counts> counts,
            List<String> labels, int rare) {
        int n = counts.size();
        int[] fold = innerFolds(labelSet, labels);
        int vectors = labelSet.size() == 2 ? 1 : labelSet.size();
        double[][] decisions = new double[n][];
        for (int f = 0; f < INNER_FOLDS; f++) {
            List<TextFeatures.Counts> trainX = new ArrayList<>();
            List<String> trainY = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    trainX.add(counts.get(i));
                    trainY.add(labels.get(i));
                }
            }
            LinearModel inner = fitOnce(task, labelSet, trainX, trainY, "inner fold " + f);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    SparseVector v = inner.features().weigh(counts.get(i));
                    decisions[i] = new double[vectors];
                    for (int k = 0; k < vectors; k++) {
                        decisions[i][k] = inner.decision(v, k);
                    }
                }
            }
        }
        int[] gold = labels.stream().mapToInt(labelSet::indexOf).toArray();
        double best = 0;
        double bestF1 = macroF1(decisions, gold, labelSet.size(), rare, 0);
        for (int step = -20; step <= 40 && s.tuneRare(); step++) {
            double shift = step / 10.0;
            double f1 = macroF1(decisions, gold, labelSet.size(), rare, shift);
            if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) <= 1e-9 && Math.abs(shift) < Math.abs(best))) {
                best = shift;
                bestF1 = f1;
            }
        }
        return new Choice(s.c(), best, bestF1);
    }

    private static int[] innerFolds(List<String> labelSet, List<String> labels) {
        int[] fold = new int[labels.size()];
        Random random = new Random(SEED);
        for (String label : labelSet) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).equals(label)) {
                    idx.add(i);
                }
            }
            Collections.shuffle(idx, random);
            for (int j = 0; j < idx.size(); j++) {
                fold[idx.get(j)] = j % INNER_FOLDS;
            }
        }
        return fold;
    }

    /** Macro-F1 of arg-max predictions after adding {@code shift} to the rare label's decision. */
    static double macroF1(double[][] decisions, int[] gold, int labels, int rare, double shift) {
        int[] tp = new int[labels];
        int[] fp = new int[labels];
        int[] fn = new int[labels];
        for (int i = 0; i < gold.length; i++) {
            int p = LinearModel.argMax(decisions[i], labels, rare, shift);
            if (p == gold[i]) {
                tp[p]++;
            } else {
                fp[p]++;
                fn[gold[i]]++;
            }
        }
        double sum = 0;
        for (int k = 0; k < labels; k++) {
            double d = 2.0 * tp[k] + fp[k] + fn[k];
            sum += d == 0 ? 0 : 2.0 * tp[k] / d;
        }
        return sum / labels;
    }
}
