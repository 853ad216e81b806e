package vn.tinradar.analyze.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.tinradar.analyze.score.model.LabeledText;

/**
 * Fits the product's linear topic model on a training part once and writes its log-probabilities for every line
 * of the other parts, so that {@code TopicEnsemble} can weigh it against the n-gram models without refitting a
 * model that takes twenty minutes here. One file per part: {@code id TAB gold TAB logp(label 1) TAB ...}, a
 * header line naming the labels.
 * {@code java -cp CLASSPATH vn.tinradar.analyze.training.TopicScoreDump TRAIN.jsonl OUT_DIR PART.jsonl...}
 */
public final class TopicScoreDump {

    private TopicScoreDump() {
    }

    public static void main(String[] args) throws IOException {
        Path trainFile = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        Files.createDirectories(outDir);
        List<LabeledText> train = TrainingData.read("topic", trainFile).examples();
        long start = System.nanoTime();
        ModelFamily.Fitted m = new LinearFamily(TrainingData.settings("topic")).fit("topic", train,
                trainFile.getFileName().toString());
        System.out.printf(Locale.ROOT, "fitted linear on %d lines in %d s%n", train.size(),
                (System.nanoTime() - start) / 1_000_000_000);
        for (int a = 2; a < args.length; a++) {
            Path part = Path.of(args[a]);
            List<LabeledText> lines = TrainingData.read("topic", part).examples();
            write(outDir.resolve("linear." + part.getFileName() + ".tsv"), m.labels(), lines, m);
        }
    }

    static void write(Path out, List<String> labels, List<LabeledText> lines, ModelFamily.Fitted m) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("id\tgold\t" + String.join("\t", labels));
            for (LabeledText t : lines) {
                StringBuilder b = new StringBuilder(t.id()).append('\t').append(t.label());
                for (double p : m.probabilities(t)) {
                    b.append('\t').append(String.format(Locale.ROOT, "%.6g", Math.log(Math.max(p, 1e-300))));
                }
                w.println(b);
            }
        }
    }
}
