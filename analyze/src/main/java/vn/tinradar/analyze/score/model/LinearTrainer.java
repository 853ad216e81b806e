package vn.tinradar.analyze.score.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
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
        Problem problem = new Problem();
        problem.l = vectors.size();
        problem.n = features.dimension() + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        int[] counts = new int[labelSet.size()];
        for (int i = 0; i < problem.l; i++) {
            SparseVector v = vectors.get(i);
            Feature[] row = new Feature[v.size() + 1];
            for (int j = 0; j < v.size(); j++) {
                row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
            }
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
        return fromLiblinear(task, labelSet, features, m, trainedOn);
    }

    private static LinearModel fromLiblinear(String task, List<String> labelSet, TextFeatures features,
            de.bwaldvogel.liblinear.Model m, String trainedOn) {
        int[] libLabels = m.getLabels();
        int vectors = labelSet.size() == 2 ? 1 : labelSet.size();
        double[] w = m.getFeatureWeights();
        int dim = features.dimension();
        float[] weights = new float[dim * vectors];
        double[] bias = new double[vectors];
        // liblinear orders classes by first appearance; map its columns back to our sorted label order
        List<String> order = new ArrayList<>(labelSet);
        if (vectors == 1) {
            // one vector scoring liblinear's first label: orient it towards our first label
            int first = libLabels[0];
            double sign = first == 0 ? 1 : -1;
            for (int f = 0; f < dim; f++) {
                weights[f] = (float) (sign * w[f]);
            }
            bias[0] = sign * w[dim];
        } else {
            for (int col = 0; col < vectors; col++) {
                int k = libLabels[col];
                for (int f = 0; f < dim; f++) {
                    weights[f * vectors + k] = (float) w[f * vectors + col];
                }
                bias[k] = w[dim * vectors + col];
            }
        }
        return new LinearModel(task, order, features, weights, bias, trainedOn);
    }
}
