package vn.tinradar.analyze.score.model;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear text classifier (logistic regression, one weight vector per label) over
 * {@link TextFeatures}. Immutable and thread-safe.
 *
 * <p>File format ({@code <task>.model.gz}, gzip UTF-8 text): line 1 {@code tinradar-linear 1}; then
 * {@code task <name>}, {@code labels <l1>|<l2>|...}, {@code hash-bits <n>}, {@code bias <w_1> ... <w_k>},
 * {@code trained-on <free text>}, a line {@code weights}, then one line per non-zero feature:
 * {@code <index> <w_1> ... <w_k>}. With two labels there is one vector, for the first label.
 */
public final class LinearModel {

    static final String MAGIC = "tinradar-linear 1";

    private final String task;
    private final List<String> labels;
    private final TextFeatures features;
    private final int vectors;
    private final float[] weights;
    private final double[] bias;
    private final String trainedOn;

    LinearModel(String task, List<String> labels, TextFeatures features, float[] weights, double[] bias,
            String trainedOn) {
        this.task = task;
        this.labels = List.copyOf(labels);
        this.features = features;
        this.vectors = labels.size() == 2 ? 1 : labels.size();
        if (weights.length != (long) features.dimension() * vectors || bias.length != vectors) {
            throw new IllegalArgumentException("weights do not fit " + labels.size() + " labels and "
                    + features.bits() + " hash bits");
        }
        this.weights = weights;
        this.bias = bias;
        this.trainedOn = trainedOn;
    }

    public String task() {
        return task;
    }

    public List<String> labels() {
        return labels;
    }

    public TextFeatures features() {
        return features;
    }

    public String trainedOn() {
        return trainedOn;
    }

    /** Probability of each label (same order as {@link #labels()}), summing to 1. */
    public double[] probabilities(SparseVector x) {
        double[] p = new double[labels.size()];
        if (vectors == 1) {
            p[0] = sigmoid(decision(x, 0));
            p[1] = 1 - p[0];
            return p;
        }
        double sum = 0;
        for (int k = 0; k < vectors; k++) {
            p[k] = sigmoid(decision(x, k));
            sum += p[k];
        }
        for (int k = 0; k < vectors; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public double[] probabilities(String title, String text, Map<String, Double> extras) {
        return probabilities(features.vectorize(title, text, extras));
    }

    /**
     * The syllables of the text that push hardest towards label {@code k}, as written: the evidence a person
     * can read, which hashed features alone cannot give.
     */
    public List<String> topTerms(String title, String text, int k, int limit) {
        int col = vectors == 1 ? 0 : k;
        double sign = vectors == 1 && k == 1 ? -1 : 1;
        Map<String, Double> byTerm = new java.util.HashMap<>();
        for (String part : new String[] {title, text}) {
            if (part == null) {
                continue;
            }
            String s = vn.tinradar.common.text.VietnameseText.nfc(part);
            for (vn.tinradar.analyze.score.text.Token t : vn.tinradar.analyze.score.text.Tokenizer.tokenize(s)) {
                double w = sign * weights[features.hash(t.exact()) * vectors + col];
                if (w > 0) {
                    byTerm.merge(s.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT), w, Math::max);
                }
            }
        }
        return byTerm.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    double decision(SparseVector x, int k) {
        double s = bias[k];
        int[] idx = x.indices();
        double[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            s += weights[idx[i] * vectors + k] * val[i];
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            w.write(MAGIC + "\n");
            w.write("task " + task + "\n");
            w.write("labels " + String.join("|", labels) + "\n");
            w.write("hash-bits " + features.bits() + "\n");
            w.write("bias " + join(bias) + "\n");
            w.write("trained-on " + trainedOn.replace('\n', ' ') + "\n");
            w.write("weights\n");
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < features.dimension(); f++) {
                boolean any = false;
                for (int k = 0; k < vectors; k++) {
                    any |= weights[f * vectors + k] != 0f;
                }
                if (!any) {
                    continue;
                }
                line.setLength(0);
                line.append(f);
                for (int k = 0; k < vectors; k++) {
                    line.append(' ').append(weights[f * vectors + k]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    /** @throws IOException naming the file and line when it is not a model of this format */
    public static LinearModel load(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            if (!MAGIC.equals(r.readLine())) {
                throw new IOException(file + " line 1: not a TinRadar model (expected '" + MAGIC + "')");
            }
            String task = value(r, "task", file);
            List<String> labels = Arrays.asList(value(r, "labels", file).split("\\|"));
            TextFeatures features = new TextFeatures(Integer.parseInt(value(r, "hash-bits", file)));
            double[] bias = Arrays.stream(value(r, "bias", file).split(" ")).mapToDouble(Double::parseDouble).toArray();
            String trainedOn = value(r, "trained-on", file);
            if (!"weights".equals(r.readLine())) {
                throw new IOException(file + " line 7: expected 'weights'");
            }
            int vectors = labels.size() == 2 ? 1 : labels.size();
            float[] weights = new float[features.dimension() * vectors];
            String line;
            int lineNo = 7;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] c = line.split(" ");
                if (c.length != vectors + 1) {
                    throw new IOException(file + " line " + lineNo + ": expected " + (vectors + 1) + " numbers");
                }
                int f = Integer.parseInt(c[0]);
                for (int k = 0; k < vectors; k++) {
                    weights[f * vectors + k] = Float.parseFloat(c[k + 1]);
                }
            }
            return new LinearModel(task, labels, features, weights, bias, trainedOn);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(file + ": malformed number or index: " + e.getMessage(), e);
        }
    }

    private static String value(BufferedReader r, String key, Path file) throws IOException {
        String line = r.readLine();
        if (line == null || !line.startsWith(key + " ")) {
            throw new IOException(file + ": expected a '" + key + " ...' line but found '" + line + "'");
        }
        return line.substring(key.length() + 1);
    }

    private static String join(double[] a) {
        StringBuilder sb = new StringBuilder();
        for (double v : a) {
            sb.append(sb.length() == 0 ? "" : " ").append(v);
        }
        return sb.toString();
    }
}
