package vn.tinradar.analyze.score.ngram;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.tinradar.analyze.score.Evaluator;
import vn.tinradar.analyze.score.batch.TrainingData;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.ModelFamily;

/**
 * Chooses the n-gram classifier's settings on a development split: counts once at order 3 on the training
 * part, then scores the dev part with every order, min count, normalisation and prior, one line each.
 * {@code java -cp deploy/target/tinradar.jar:analyze/target/test-classes vn.tinradar.analyze.score.ngram.NgramVariants
 * TRAIN.jsonl DEV.jsonl} (command and figures in docs/quality.md). Never point it at the test part.
 */
public final class NgramVariants {

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
        for (int minCount : new int[] {1, 2, 3}) {
            NgramTopicModel pruned = counted.with(new NgramSettings(3, minCount, false, false));
            for (int order = 1; order <= 3; order++) {
                for (boolean[] np : new boolean[][] {{false, false}, {false, true}, {true, true}}) {
                    NgramSettings s = new NgramSettings(order, minCount, np[0], np[1]);
                    NgramTopicModel m = pruned.with(s);
                    ModelFamily prebuilt = (task, data, trainedOn) -> new NgramFamily.Fitted(m);
                    ByteArrayOutputStream sink = new ByteArrayOutputStream();
                    long t = System.nanoTime();
                    Evaluator.Report r = Evaluator.heldOut("topic", train, dev, prebuilt, args[0],
                            new PrintStream(sink, true, StandardCharsets.UTF_8));
                    System.out.printf(Locale.ROOT, "%s entries=%d dev macro-F1=%.4f accuracy=%.4f score-s=%d%n",
                            s.describe(), m.entries(), r.macroF1(), r.accuracy(), (System.nanoTime() - t) / 1_000_000_000);
                }
            }
        }
    }
}
