package vn.tinradar.analyze.score.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Fits a {@link LinearModel} with LIBLINEAR's L2-regularised logistic regression or linear SVM. Labels are
 * weighted inversely to their frequency when asked, so a rare class (neutral feedback, unreliable posts) is
 * not drowned by the common ones. Training is deterministic: the same lines give the same model.
 */
public final class LinearTrainer {

    static {
        Linear.disableDebugOutput();
    }

    private final int hashBits;
    private final double c;
    private final boolean balanceClasses;
    private final SolverType solver;
    private final boolean idf;

    public LinearTrainer(int hashBits, double c, boolean balanceClasses, boolean svm, boolean idf) {
        this.idf = idf;
        this.hashBits = hashBits;
        this.c = c;
        this.balanceClasses = balanceClasses;
        this.solver = svm ? SolverType.L2R_L2LOSS_SVC_DUAL : SolverType.L2R_LR;
    }

    public LinearModel train(String task, List<LabeledText> examples, String trainedOn) {
        TextFeatures features = new TextFeatures(hashBits);
        List<SparseVector> vectors = vectorize(features, examples);
        if (idf) {
            features = features.withIdfFrom(vectors);
            vectors = vectorize(features, examples);
        }
        return train(task, features, vectors, examples.stream().map(LabeledText::label).toList(), trainedOn);
    }

    public static List<SparseVector> vectorize(TextFeatures features, List<LabeledText> examples) {
        List<SparseVector> vectors = new ArrayList<>(examples.size());
        for (LabeledText e : examples) {
            vectors.add(features.vectorize(e.title(), e.text(), e.extras()));
        }
        return vectors;
    }

    /** Trains on already vectorised examples (cross-validation vectorises once and reuses the vectors). */
    public LinearModel train(String task, TextFeatures features, List<SparseVector> vectors, List<String> labels,
            String trainedOn) {
        List<String> labelSet = new ArrayList<>(new TreeSet<>(labels));
        if (labelSet.size() < 2) {
            throw new IllegalArgumentException("training for task '" + task + "' needs at least 2 labels but found "
                    + labelSet);
        }
        // liblinear's cost grows with the number of columns: give it only the hashed features that occur
        int[] toColumn = new int[features.dimension()];
        Arrays.fill(toColumn, -1);
        int columns = 0;
        for (SparseVector v : vectors) {
            for (int f : v.indices()) {
                if (toColumn[f] < 0) {
                    toColumn[f] = columns++;
                }
            }
        }
        int[] fromColumn = new int[columns];
        for (int f = 0; f < toColumn.length; f++) {
            if (toColumn[f] >= 0) {
                fromColumn[toColumn[f]] = f;
            }
        }
        Problem problem = new Problem();
        problem.l = vectors.size();
        problem.n = columns + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        int[] counts = new int[labelSet.size()];
        for (int i = 0; i < problem.l; i++) {
            SparseVector v = vectors.get(i);
            Feature[] row = new Feature[v.size() + 1];
            for (int j = 0; j < v.size(); j++) {
                row[j] = new FeatureNode(toColumn[v.indices()[j]] + 1, v.values()[j]);
            }
            // liblinear wants feature indices ascending; the column order follows first appearance
            Arrays.sort(row, 0, v.size(), (a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
            row[v.size()] = new FeatureNode(problem.n, 1.0);
            problem.x[i] = row;
            int y = labelSet.indexOf(labels.get(i));
            problem.y[i] = y;
            counts[y]++;
        }
        Parameter param = new Parameter(solver, c, solver == SolverType.L2R_LR ? 0.01 : 0.1);
        if (balanceClasses) {
            double[] w = new double[labelSet.size()];
            int[] ids = new int[labelSet.size()];
            for (int k = 0; k < w.length; k++) {
                ids[k] = k;
                w[k] = (double) problem.l / (labelSet.size() * Math.max(1, counts[k]));
            }
            param.setWeights(w, ids);
        }
        de.bwaldvogel.liblinear.Model m;
        // liblinear shuffles with one shared generator: reset it so the same data always gives the same model
        synchronized (Linear.class) {
            Linear.resetRandom();
            m = Linear.train(problem, param);
        }
        return fromLiblinear(task, labelSet, features, fromColumn, m, trainedOn);
    }

    private static LinearModel fromLiblinear(String task, List<String> labelSet, TextFeatures features,
            int[] fromColumn, de.bwaldvogel.liblinear.Model m, String trainedOn) {
        int[] libLabels = m.getLabels();
        int vectors = labelSet.size() == 2 ? 1 : labelSet.size();
        double[] w = m.getFeatureWeights();
        int columns = fromColumn.length;
        float[] weights = new float[features.dimension() * vectors];
        double[] bias = new double[vectors];
        if (vectors == 1) {
            // one vector scoring liblinear's first label: orient it towards our first label
            double sign = libLabels[0] == 0 ? 1 : -1;
            for (int col = 0; col < columns; col++) {
                weights[fromColumn[col]] = (float) (sign * w[col]);
            }
            bias[0] = sign * w[columns];
        } else {
            // liblinear orders classes by first appearance; map its columns back to our sorted label order
            for (int c = 0; c < vectors; c++) {
                int k = libLabels[c];
                for (int col = 0; col < columns; col++) {
                    weights[fromColumn[col] * vectors + k] = (float) w[col * vectors + c];
                }
                bias[k] = w[columns * vectors + c];
            }
        }
        return new LinearModel(task, labelSet, features, weights, bias, trainedOn);
    }
}
