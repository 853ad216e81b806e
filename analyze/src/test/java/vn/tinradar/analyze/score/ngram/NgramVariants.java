package vn.tinradar.analyze.score.ngram;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.training.Evaluator;
import vn.tinradar.analyze.training.HeldOutEvaluator;
import vn.tinradar.analyze.training.ModelFamily;
import vn.tinradar.analyze.training.TopicModelFitted;
import vn.tinradar.analyze.training.TrainingData;

/**
 * Chooses the n-gram classifier's settings on a development split and then, once, reports the chosen one on
 * the test split: counts once at order 3 on the training part, scores the dev part with each variant (one
 * line each), keeps the best dev macro-F1 and scores the test part with it alone.
 * {@code java -cp deploy/target/tinradar.jar:analyze/target/test-classes vn.tinradar.analyze.score.ngram.NgramVariants
 * TRAIN.jsonl DEV.jsonl [TEST.jsonl]} (command and figures in docs/quality.md).
 */
public final class NgramVariants {

    /** The variants compared on dev; order 1 and the per-word score with a prior did far worse in a first run. */
    private static final List<NgramSettings> VARIANTS = List.of(
            new NgramSettings(2, 1, false, false),
            new NgramSettings(3, 1, false, false),
            new NgramSettings(3, 1, false, true),
            new NgramSettings(3, 2, false, false),
            new NgramSettings(3, 3, false, false));

    private NgramVariants() {
    }

    public static void main(String[] args) throws Exception {
        List<LabeledText> train = TrainingData.read("topic", Path.of(args[0])).examples();
        List<LabeledText> dev = TrainingData.read("topic", Path.of(args[1])).examples();
        long start = System.nanoTime();
        NgramTopicModel counted = new NgramTrainer(new NgramSettings(3, 1, false, false))
                .train(train, Path.of(args[0]).getFileName().toString());
        System.out.printf(Locale.ROOT, "counted %d lines in %d s, %d entries%n", train.size(),
                (System.nanoTime() - start) / 1_000_000_000, counted.entries());
        NgramSettings best = null;
        double bestF1 = -1;
        for (NgramSettings s : VARIANTS) {
            Evaluator.Report r = measure(counted.with(s), train, dev, args[0], "dev");
            if (r.macroF1() > bestF1) {
                bestF1 = r.macroF1();
                best = s;
            }
        }
        if (args.length > 2) {
            List<LabeledText> test = TrainingData.read("topic", Path.of(args[2])).examples();
            System.out.println("chosen on dev: " + best.describe());
            measure(counted.with(best), train, test, args[0], "test");
        }
    }

    private static Evaluator.Report measure(NgramTopicModel m, List<LabeledText> train, List<LabeledText> scored,
            String trainedOn, String part) {
        ModelFamily prebuilt = (task, data, origin) -> new TopicModelFitted(m);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        long t = System.nanoTime();
        Evaluator.Report r = HeldOutEvaluator.heldOut("topic", train, scored, prebuilt, trainedOn,
                new PrintStream(table, true, StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%s entries=%d %s macro-F1=%.4f accuracy=%.4f score-s=%d%n",
                m.settings().describe(), m.entries(), part, r.macroF1(), r.accuracy(),
                (System.nanoTime() - t) / 1_000_000_000);
        if (part.equals("test")) {
            System.out.print(table.toString(StandardCharsets.UTF_8));
        }
        return r;
    }
}
