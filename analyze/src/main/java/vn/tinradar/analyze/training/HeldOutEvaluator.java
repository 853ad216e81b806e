package vn.tinradar.analyze.training;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.suspicion.EngagementFeatures;
import vn.tinradar.analyze.score.suspicion.SuspiciousLabel;

/**
 * The {@code evaluate --train A --test B} command: the held-out protocol. One model is fitted on A and every
 * line of B, which it never saw, is scored; the figures are printed as {@link Evaluator} prints them.
 */
public final class HeldOutEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(HeldOutEvaluator.class);

    private HeldOutEvaluator() {
    }

    /**
     * The held-out protocol: fits one model on every line of {@code train} and scores every line of {@code test},
     * which it never saw. A label with fewer than {@link Evaluator#MIN_LINES_PER_LABEL} training lines is left out of
     * both, and test lines of a label the model does not know are left out and counted, both said so.
     *
     * @return an {@link ExitCode}
     */
    public static int runHeldOut(String task, Path train, Path test, ModelFamily family, PrintStream out) {
        return runHeldOut(task, train, test, family, TrainingData.DEFAULT_ENGAGEMENT, out);
    }

    /** As {@link #runHeldOut(String, Path, Path, ModelFamily, PrintStream)} with the suspicion task's engagement features. */
    public static int runHeldOut(String task, Path train, Path test, ModelFamily family, EngagementFeatures engagement,
                                 PrintStream out) {
        try {
            TrainingData.Lines trainRead = TrainingData.read(task, train, engagement);
            TrainingData.Lines testRead = TrainingData.read(task, test, engagement);
            if (trainRead.examples().isEmpty() || testRead.examples().isEmpty()) {
                LOG.error("event=evaluate-failed task={} train={} test={} reason=\"no usable line in {}\"", task,
                        train, test, trainRead.examples().isEmpty() ? train : test);
                return ExitCode.NOTHING_USABLE;
            }
            long start = System.nanoTime();
            heldOut(task, trainRead.examples(), testRead.examples(), family, train.getFileName().toString(), out);
            int rejected = trainRead.rejected() + testRead.rejected();
            out.printf(Locale.ROOT, "task=%s train=%s (%d lines) test=%s (%d lines) rejected=%d seconds=%d%s%n", task,
                    train.getFileName(), trainRead.examples().size(), test.getFileName(), testRead.examples().size(),
                    rejected, (System.nanoTime() - start) / 1_000_000_000, task.equals("suspicion")
                            ? " engagement=" + engagement.name().toLowerCase(Locale.ROOT) : "");
            return rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.DONE;
        } catch (IllegalArgumentException e) {
            LOG.error("event=evaluate-failed task={} train={} test={} reason=\"{}\"", task, train, test, e.getMessage());
            return ExitCode.UNUSABLE;
        } catch (IOException e) {
            LOG.error("event=evaluate-failed task={} train={} test={} reason=\"io: {}\"", task, train, test,
                    e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }

    /** Fits {@code family} on {@code train} (labels with too few lines left out) and reports on {@code test}. */
    public static Evaluator.Report heldOut(String task, List<LabeledText> train, List<LabeledText> test, ModelFamily family,
            String trainedOn, PrintStream out) {
        Map<String, Long> trainCounts = train.stream().collect(Collectors.groupingBy(LabeledText::label,
                TreeMap::new, Collectors.counting()));
        trainCounts.forEach((label, n) -> {
            if (n < Evaluator.MIN_LINES_PER_LABEL) {
                out.printf("left out label '%s' (%d training lines < %d)%n", label, n, Evaluator.MIN_LINES_PER_LABEL);
            }
        });
        List<LabeledText> fitOn = train.stream().filter(t -> trainCounts.get(t.label()) >= Evaluator.MIN_LINES_PER_LABEL).toList();
        ModelFamily.Fitted m = family.fit(task, fitOn, trainedOn + " (" + fitOn.size() + " lines)");
        List<String> labels = m.labels();
        int[] fold = new int[test.size()];
        String[] predicted = new String[test.size()];
        double[] suspicious = new double[test.size()];
        int positive = task.equals("suspicion") ? SuspiciousLabel.indexIn(labels) : -1;
        int unknown = 0;
        for (int i = 0; i < test.size(); i++) {
            if (!labels.contains(test.get(i).label())) {
                fold[i] = -1;
                unknown++;
                continue;
            }
            double[] p = m.probabilities(test.get(i));
            predicted[i] = labels.get(Evaluator.argMax(p));
            if (positive >= 0) {
                suspicious[i] = p[positive];
            }
        }
        if (unknown > 0) {
            out.printf("left out %d test lines whose label the model was not trained on%n", unknown);
        }
        return Evaluator.report(task, test, fold, predicted, suspicious, labels, out);
    }
}
