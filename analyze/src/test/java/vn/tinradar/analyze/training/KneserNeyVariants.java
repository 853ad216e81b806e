package vn.tinradar.analyze.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.ngram.KneserNeySettings;
import vn.tinradar.analyze.score.ngram.KneserNeyTopicModel;
import vn.tinradar.analyze.score.ngram.KneserNeyTrainer;

/**
 * Chooses the Kneser-Ney models' order (and prior) on a development split, then reports the chosen variant once
 * on the test split: for each order, counts the training part, scores dev and test, prints the dev figures and
 * writes every line's per-label log-likelihood and length ({@code kn<order>.<part>.tsv}) for
 * {@code TopicEnsemble}. Test figures are printed for the variant chosen on dev only.
 * {@code java -Xmx6g -cp CLASSPATH vn.tinradar.analyze.training.KneserNeyVariants TRAIN DEV TEST OUT_DIR 2,3,4,5
 * [PRUNE_FROM [TEXT_VARIANT]]} (command and figures in docs/quality.md; variants in {@link TextVariant}).
 */
public final class KneserNeyVariants {

    private KneserNeyVariants() {
    }

    public static void main(String[] args) throws IOException {
        String variant = args.length > 6 ? args[6] : "as-is";
        List<LabeledText> train = read(args[0], variant);
        List<LabeledText> dev = read(args[1], variant);
        List<LabeledText> test = read(args[2], variant);
        Path outDir = Files.createDirectories(Path.of(args[3]));
        int[] orders = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
        int pruneFrom = args.length > 5 ? Integer.parseInt(args[5]) : 6;
        String suffix = (pruneFrom <= 5 ? "p" + pruneFrom : "") + (variant.equals("as-is") ? "" : "-" + variant);
        double bestF1 = -1;
        String best = null;
        ByteArrayOutputStream bestTest = null;
        for (int order : orders) {
            long start = System.nanoTime();
            KneserNeyTopicModel m = new KneserNeyTrainer(new KneserNeySettings(order, pruneFrom, false))
                    .train(train, Path.of(args[0]).getFileName().toString());
            System.out.printf(Locale.ROOT, "%s counted %d lines in %d s, %d entries, heap used %d MB%n",
                    m.settings().describe(), train.size(), (System.nanoTime() - start) / 1_000_000_000, m.entries(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            Scored devScores = score(m, dev);
            Scored testScores = score(m, test);
            devScores.write(outDir.resolve("kn" + order + suffix + ".dev.tsv"), m.labels(), dev);
            testScores.write(outDir.resolve("kn" + order + suffix + ".test.tsv"), m.labels(), test);
            for (boolean prior : new boolean[] {false, true}) {
                double[] logPrior = prior ? logPriors(m.labels(), train) : new double[m.labels().size()];
                Evaluator.Report r = report(m.labels(), dev, devScores, logPrior, new ByteArrayOutputStream());
                String name = "kn order=" + order + " prune-from=" + (pruneFrom <= 5 ? pruneFrom : "none") + " prior="
                        + prior + " text=" + variant;
                System.out.printf(Locale.ROOT, "%s dev macro-F1=%.4f accuracy=%.4f%n", name, r.macroF1(), r.accuracy());
                if (r.macroF1() > bestF1) {
                    bestF1 = r.macroF1();
                    best = name;
                    bestTest = new ByteArrayOutputStream();
                    Evaluator.Report t = report(m.labels(), test, testScores, logPrior, bestTest);
                    bestTest.write(String.format(Locale.ROOT, "%s test macro-F1=%.4f accuracy=%.4f%n", name,
                            t.macroF1(), t.accuracy()).getBytes(StandardCharsets.UTF_8));
                }
            }
            System.out.printf(Locale.ROOT, "%s scored %d dev and %d test lines in %d s all told%n",
                    m.settings().describe(), dev.size(), test.size(), (System.nanoTime() - start) / 1_000_000_000);
        }
        System.out.println("chosen on dev: " + best);
        System.out.print(bestTest.toString(StandardCharsets.UTF_8));
    }

    private static List<LabeledText> read(String file, String variant) throws IOException {
        return TrainingData.read("topic", Path.of(file)).examples().stream().map(t -> TextVariant.apply(variant, t))
                .toList();
    }

    /** Each line's log-likelihood under each label's model, and its length in syllables. */
    record Scored(double[][] logLikelihood, int[] length) {

        void write(Path file, List<String> labels, List<LabeledText> lines) throws IOException {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                w.println("id\tgold\tlength\t" + String.join("\t", labels));
                for (int i = 0; i < lines.size(); i++) {
                    StringBuilder b = new StringBuilder(lines.get(i).id()).append('\t').append(lines.get(i).label())
                            .append('\t').append(length[i]);
                    for (double v : logLikelihood[i]) {
                        b.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
                    }
                    w.println(b);
                }
            }
        }
    }

    private static Scored score(KneserNeyTopicModel m, List<LabeledText> lines) {
        double[][] ll = new double[lines.size()][];
        int[] length = new int[lines.size()];
        IntStream.range(0, lines.size()).parallel().forEach(i -> {
            ll[i] = m.scores(lines.get(i).title(), lines.get(i).text());
            length[i] = m.length(lines.get(i).title(), lines.get(i).text());
        });
        return new Scored(ll, length);
    }

    static double[] logPriors(List<String> labels, List<LabeledText> train) {
        double[] p = new double[labels.size()];
        for (LabeledText t : train) {
            p[labels.indexOf(t.label())]++;
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.log(p[k] / train.size());
        }
        return p;
    }

    private static Evaluator.Report report(List<String> labels, List<LabeledText> lines, Scored s, double[] logPrior,
            ByteArrayOutputStream table) {
        String[] predicted = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            double[] v = s.logLikelihood()[i].clone();
            for (int k = 0; k < v.length; k++) {
                v[k] += logPrior[k];
            }
            predicted[i] = labels.get(Evaluator.argMax(v));
        }
        return Evaluator.report("topic", lines, new int[lines.size()], predicted, new double[lines.size()], labels,
                new PrintStream(table, true, StandardCharsets.UTF_8));
    }
}
