package vn.tinradar.analyze.training;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.model.TextFeatures;
import vn.tinradar.analyze.score.suspicion.SuspiciousLabel;

/**
 * The {@code evaluate} command: stratified k-fold cross-validation of the trainable model of a task on
 * labelled JSON lines (fixed seed, so a rerun prints the same figures), each fold's model fitted by
 * {@link LinearTrainer#fit} on that fold's training part alone, as {@code train} fits one. Prints per-label
 * precision, recall and F1, the confusion matrix, macro-F1 and accuracy; for the suspicion task also ROC-AUC
 * of p(suspicious). A label with fewer
 * than {@link #MIN_LINES_PER_LABEL} lines (a stray tag in a data set, such as a one-off event section) is left
 * out of training and scoring, and said so: a handful of lines can neither be learned nor measured.
 *
 * <p>A training fraction below 1 fits each fold on that share of its training part (the same share of every
 * label, drawn with a fixed seed) and scores the whole held-out part as usual: run at several fractions, it
 * draws the learning curve that tells whether more labelled data would help.
 *
 * <p>{@link HeldOutEvaluator} fits on one file and scores another instead, so figures can come from data never
 * used to choose a variant; both take another {@link ModelFamily} (the n-gram language models for topic).
 */
public final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    static final long SEED = 42;
    static final int MIN_LINES_PER_LABEL = 20;

    private Evaluator() {
    }

    /** Result of one cross-validation. */
    public record Report(Map<String, double[]> perLabel, double macroF1, double accuracy, double rocAuc) {
    }

    /** @return 0 when the figures were printed, 2 when the task, folds or input are unusable */
    public static int run(String task, Path input, int folds, PrintStream out) {
        return run(task, input, folds, 1.0, out);
    }


    /**
     * @param trainFraction the share of each fold's training part to fit on, in (0, 1]
     * @return an {@link ExitCode}
     */
    public static int run(String task, Path input, int folds, double trainFraction, PrintStream out) {
        return run(task, input, folds, trainFraction, null, out);
    }

    /**
     * Cross-validates the linear model (family null, with {@code trainFraction}) or another family.
     *
     * @return an {@link ExitCode}
     */
    public static int run(String task, Path input, int folds, double trainFraction, ModelFamily family,
            PrintStream out) {
        try {
            if (folds < 2) {
                throw new IllegalArgumentException("folds must be >= 2 but was " + folds);
            }
            if (!(trainFraction > 0 && trainFraction <= 1)) {
                throw new IllegalArgumentException("train fraction must be in (0, 1] but was " + trainFraction);
            }
            TrainingData.Lines read = TrainingData.read(task, input);
            if (read.examples().isEmpty() && read.rejected() > 0) {
                LOG.error("event=evaluate-failed task={} input={} reason=\"all {} lines rejected\"", task, input,
                        read.rejected());
                return ExitCode.NOTHING_USABLE;
            }
            List<LabeledText> data = read.examples();
            long start = System.nanoTime();
            Report r = family == null
                    ? crossValidate(task, data, folds, out, TrainingData.settings(task), trainFraction)
                    : crossValidate(task, data, folds, out, family);
            out.printf(Locale.ROOT, "task=%s input=%s lines=%d rejected=%d folds=%d train-fraction=%s seconds=%d%n",
                    task, input.getFileName(), data.size(), read.rejected(), folds, trainFraction,
                    (System.nanoTime() - start) / 1_000_000_000);
            return r == null ? ExitCode.UNUSABLE : read.rejected() > 0 ? ExitCode.SOME_REJECTED : ExitCode.DONE;
        } catch (IllegalArgumentException e) {
            LOG.error("event=evaluate-failed task={} input={} reason=\"{}\"", task, input, e.getMessage());
            return ExitCode.UNUSABLE;
        } catch (IOException e) {
            LOG.error("event=evaluate-failed task={} input={} reason=\"io: {}\"", task, input, e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }

    public static Report crossValidate(String task, List<LabeledText> all, int folds, PrintStream out) {
        return crossValidate(task, all, folds, out, TrainingData.settings(task));
    }

    /** Cross-validates with explicit settings, to compare them on the same folds. */
    public static Report crossValidate(String task, List<LabeledText> all, int folds, PrintStream out,
            LinearTrainer.Settings s) {
        return crossValidate(task, all, folds, out, s, 1.0);
    }

    /** Cross-validates with each fold fitted on {@code trainFraction} of its training part, for a learning curve. */
    public static Report crossValidate(String task, List<LabeledText> all, int folds, PrintStream out,
            LinearTrainer.Settings s, double trainFraction) {
        int[] fold = assignFolds(all, folds, out);
        List<String> labels = labelsInFolds(all, fold);
        // counted once; each fold's model is fitted exactly as train fits one, on that fold's training part
        LinearTrainer trainer = new LinearTrainer(s);
        List<TextFeatures.Counts> counts = trainer.count(all);
        String[] predicted = new String[all.size()];
        double[] suspicious = new double[all.size()];
        for (int f = 0; f < folds; f++) {
            List<TextFeatures.Counts> trainX = new ArrayList<>();
            List<String> trainY = new ArrayList<>();
            for (int i : trainingPart(all, fold, f, trainFraction)) {
                trainX.add(counts.get(i));
                trainY.add(all.get(i).label());
            }
            LinearModel m = trainer.fit(task, trainX, trainY, "fold " + f);
            int positive = task.equals("suspicion") ? SuspiciousLabel.indexIn(m.labels()) : -1;
            for (int i = 0; i < all.size(); i++) {
                if (fold[i] != f) {
                    continue;
                }
                double[] p = m.probabilities(m.features().weigh(counts.get(i)));
                predicted[i] = m.labels().get(argMax(p));
                if (positive >= 0) {
                    suspicious[i] = p[positive];
                }
            }
            LOG.info("event=fold-done task={} fold={}/{}", task, f + 1, folds);
        }
        return report(task, all, fold, predicted, suspicious, labels, out);
    }

    /** Cross-validates another model family on the same stratified folds as the linear model's. */
    public static Report crossValidate(String task, List<LabeledText> all, int folds, PrintStream out,
            ModelFamily family) {
        int[] fold = assignFolds(all, folds, out);
        List<String> labels = labelsInFolds(all, fold);
        String[] predicted = new String[all.size()];
        double[] suspicious = new double[all.size()];
        for (int f = 0; f < folds; f++) {
            List<LabeledText> part = new ArrayList<>();
            for (int i : trainingPart(all, fold, f, 1.0)) {
                part.add(all.get(i));
            }
            ModelFamily.Fitted m = family.fit(task, part, "fold " + f);
            int positive = task.equals("suspicion") ? SuspiciousLabel.indexIn(m.labels()) : -1;
            for (int i = 0; i < all.size(); i++) {
                if (fold[i] == f) {
                    double[] p = m.probabilities(all.get(i));
                    predicted[i] = m.labels().get(argMax(p));
                    suspicious[i] = positive >= 0 ? p[positive] : 0;
                }
            }
            LOG.info("event=fold-done task={} fold={}/{}", task, f + 1, folds);
        }
        return report(task, all, fold, predicted, suspicious, labels, out);
    }

    static int argMax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Stratified folds with the fixed seed: each label's lines shuffled and dealt round; a label with too few
     * lines gets fold -1 (left out), said so on {@code out}.
     */
    private static int[] assignFolds(List<LabeledText> all, int folds, PrintStream out) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            byLabel.computeIfAbsent(all.get(i).label(), k -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[all.size()];
        Arrays.fill(fold, -1);
        Random random = new Random(SEED);
        for (var e : byLabel.entrySet()) {
            if (e.getValue().size() < minLines(folds)) {
                out.printf("left out label '%s' (%d lines < %d)%n", e.getKey(), e.getValue().size(), minLines(folds));
                continue;
            }
            List<Integer> idx = new ArrayList<>(e.getValue());
            Collections.shuffle(idx, random);
            for (int j = 0; j < idx.size(); j++) {
                fold[idx.get(j)] = j % folds;
            }
        }
        List<String> labels = labelsInFolds(all, fold);
        if (labels.size() < 2) {
            throw new IllegalArgumentException("cross-validation needs 2 labels with at least " + minLines(folds)
                    + " lines each, but found " + labels.size());
        }
        return fold;
    }

    private static List<String> labelsInFolds(List<LabeledText> all, int[] fold) {
        java.util.SortedSet<String> labels = new java.util.TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (fold[i] >= 0) {
                labels.add(all.get(i).label());
            }
        }
        return List.copyOf(labels);
    }

    /**
     * The lines fold {@code f} is fitted on, in file order: all the other folds' lines, or the first
     * {@code fraction} of each label's share of them after a seeded shuffle, so the labels keep their proportions.
     */
    static List<Integer> trainingPart(List<LabeledText> all, int[] fold, int f, double fraction) {
        List<Integer> part = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (fold[i] >= 0 && fold[i] != f) {
                part.add(i);
            }
        }
        if (fraction >= 1) {
            return part;
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        part.forEach(i -> byLabel.computeIfAbsent(all.get(i).label(), k -> new ArrayList<>()).add(i));
        Random random = new Random(SEED + f);
        List<Integer> kept = new ArrayList<>();
        for (List<Integer> idx : byLabel.values()) {
            List<Integer> shuffled = new ArrayList<>(idx);
            Collections.shuffle(shuffled, random);
            kept.addAll(shuffled.subList(0, Math.max(1, (int) Math.round(fraction * shuffled.size()))));
        }
        Collections.sort(kept);
        return kept;
    }

    private static int minLines(int folds) {
        return Math.max(folds, MIN_LINES_PER_LABEL);
    }

    static Report report(String task, List<LabeledText> all, int[] fold, String[] predicted,
            double[] suspicious, List<String> labels, PrintStream out) {
        Map<String, double[]> perLabel = new TreeMap<>();
        int correct = 0;
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            if (fold[i] >= 0) {
                n++;
                correct += all.get(i).label().equals(predicted[i]) ? 1 : 0;
            }
        }
        double macro = 0;
        out.printf("%-28s %9s %9s %9s %7s%n", "label", "precision", "recall", "f1", "lines");
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < all.size(); i++) {
                if (fold[i] < 0) {
                    continue;
                }
                boolean gold = all.get(i).label().equals(label);
                boolean pred = label.equals(predicted[i]);
                tp += gold && pred ? 1 : 0;
                fp += !gold && pred ? 1 : 0;
                fn += gold && !pred ? 1 : 0;
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            perLabel.put(label, new double[] {p, r, f1});
            macro += f1;
            out.printf(Locale.ROOT, "%-28s %9.4f %9.4f %9.4f %7d%n", label, p, r, f1, tp + fn);
        }
        macro /= labels.size();
        double accuracy = (double) correct / n;
        printConfusion(all, fold, predicted, labels, out);
        out.printf(Locale.ROOT, "macro-F1=%.4f accuracy=%.4f%n", macro, accuracy);
        double auc = Double.NaN;
        if (task.equals("suspicion")) {
            int positive = SuspiciousLabel.indexIn(labels);
            String positiveLabel = labels.get(positive);
            List<double[]> scored = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (fold[i] >= 0) {
                    scored.add(new double[] {suspicious[i], all.get(i).label().equals(positiveLabel) ? 1 : 0});
                }
            }
            auc = rocAuc(scored);
            out.printf(Locale.ROOT, "ROC-AUC=%.4f (positive label '%s')%n", auc, positiveLabel);
        }
        LOG.info("event=evaluated task={} macroF1={} labels={}", task, String.format(Locale.ROOT, "%.4f", macro),
                labels.stream().collect(Collectors.joining("|")));
        return new Report(perLabel, macro, accuracy, auc);
    }

    /** Rows are the true labels, columns the predicted ones, in the order of the per-label table. */
    private static void printConfusion(List<LabeledText> all, int[] fold, String[] predicted, List<String> labels,
            PrintStream out) {
        int[][] m = new int[labels.size()][labels.size()];
        for (int i = 0; i < all.size(); i++) {
            if (fold[i] >= 0) {
                m[labels.indexOf(all.get(i).label())][labels.indexOf(predicted[i])]++;
            }
        }
        out.println("confusion (rows: true label, columns: predicted, in the order above)");
        for (int g = 0; g < labels.size(); g++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-28s", labels.get(g)));
            for (int p = 0; p < labels.size(); p++) {
                row.append(String.format(Locale.ROOT, " %6d", m[g][p]));
            }
            out.println(row);
        }
    }

    /** Area under the ROC curve by the rank-sum formula, ties sharing their average rank. */
    static double rocAuc(List<double[]> scoreAndGold) {
        List<double[]> sorted = new ArrayList<>(scoreAndGold);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1)[0] == sorted.get(i)[0]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (sorted.get(k)[1] == 1) {
                    rankSumPositive += avgRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / (positives * negatives);
    }
}
