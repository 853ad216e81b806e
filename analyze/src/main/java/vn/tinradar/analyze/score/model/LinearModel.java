package vn.tinradar.analyze.score.model;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.text.VietnameseText;

/**
 * A trained linear text classifier over {@link TextFeatures}: one weight vector per label (a logistic
 * regression, a linear SVM or a blend of two, as {@link LinearTrainer} fitted it), the sigmoid of each
 * label's decision normalised into probabilities. Immutable and thread-safe.
 *
 * <p>File format ({@code <task>.model.gz}, gzip UTF-8 text): line 1 {@code tinradar-linear 1}; then
 * {@code task <name>}, {@code labels <l1>|<l2>|...}, {@code hash-bits <n>}, optionally
 * {@code features <FeatureSpec.describe()>} (absent: syllable unigrams and bigrams), {@code bias <w_1> ... <w_k>},
 * {@code trained-on <free text>}, optionally {@code idf <count> <idf of every feature not listed>} followed by
 * {@code <index> <idf>} lines, a line {@code weights}, then one line per non-zero feature:
 * {@code <index> <w_1> ... <w_k>}. With two labels there is one vector, for the first label.
 */
public final class LinearModel implements TopicModel {

    static final String MAGIC = "tinradar-linear 1";
    /** Folded syllables too common to be evidence of anything ("đã", "của", "năm"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("va", "cua", "cho", "cac", "nhung", "da", "duoc", "co",
            "la", "trong", "voi", "mot", "nay", "khi", "den", "tu", "tai", "theo", "de", "nguoi", "nam", "ngay",
            "lai", "cung", "se", "dang", "van", "rat", "thi", "ma", "ra", "vao", "len", "ve", "nhieu", "bi", "khong",
            "hai", "ba", "nhu", "sau", "truoc", "hon", "con", "nen", "neu", "vi", "do", "o", "thang", "so", "muc");

    private final String task;
    private final List<String> labels;
    private final TextFeatures features;
    private final int vectors;
    /** Hashed features with a non-zero weight, ascending; a hashed space is mostly empty, so it is not kept dense. */
    private final int[] featureIds;
    /** {@code vectors} weights per entry of {@link #featureIds}. */
    private final float[] weights;
    private final double[] bias;
    private final String trainedOn;

    /**
     * A model from the weights of the feature ids a trainer used ({@code ids} ascending, {@code vectors}
     * weights each); features whose weights are all zero are not kept.
     */
    static LinearModel ofColumns(String task, List<String> labels, TextFeatures features, int[] ids, float[] weights,
            double[] bias, String trainedOn) {
        int vectors = vectorsFor(labels);
        if (weights.length != ids.length * vectors) {
            throw new IllegalArgumentException("weights do not fit " + labels.size() + " labels and " + ids.length
                    + " features");
        }
        int[] keep = java.util.stream.IntStream.range(0, ids.length).filter(i -> !isZero(weights, i, vectors)).toArray();
        int[] keptIds = new int[keep.length];
        float[] keptWeights = new float[keep.length * vectors];
        for (int i = 0; i < keep.length; i++) {
            keptIds[i] = ids[keep[i]];
            System.arraycopy(weights, keep[i] * vectors, keptWeights, i * vectors, vectors);
        }
        return new LinearModel(task, labels, features, keptIds, keptWeights, bias, trainedOn);
    }

    private LinearModel(String task, List<String> labels, TextFeatures features, int[] featureIds, float[] weights,
            double[] bias, String trainedOn) {
        this.task = task;
        this.labels = List.copyOf(labels);
        this.features = features;
        this.vectors = vectorsFor(labels);
        if (bias.length != vectors || weights.length != featureIds.length * vectors) {
            throw new IllegalArgumentException("bias or weights do not fit " + labels.size() + " labels");
        }
        this.featureIds = featureIds;
        this.weights = weights;
        this.bias = bias;
        this.trainedOn = trainedOn;
    }

    /** With two labels one vector scores the first against the second. */
    private static int vectorsFor(List<String> labels) {
        return labels.size() == 2 ? 1 : labels.size();
    }

    public String task() {
        return task;
    }

    @Override
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

    @Override
    public double[] probabilities(String title, String text) {
        return probabilities(title, text, null);
    }

    /**
     * The words of the text that push hardest towards label {@code k}, as written (two-syllable words when
     * the pair weighs more than its syllables, function words left out): the evidence a person can read,
     * which hashed features alone cannot give.
     */
    @Override
    public List<String> topTerms(String title, String text, int k, int limit) {
        int col = vectors == 1 ? 0 : k;
        double sign = vectors == 1 && k == 1 ? -1 : 1;
        Map<String, Double> byTerm = new HashMap<>();
        for (String part : new String[] {title, text}) {
            if (part == null) {
                continue;
            }
            String s = VietnameseText.nfc(part);
            List<Token> tokens = Tokenizer.tokenize(s);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                double w = sign * weight(features.hash(t.exact()), col);
                if (w > 0 && !FUNCTION_WORDS.contains(t.folded()) && t.folded().length() > 1) {
                    byTerm.merge(s.substring(t.start(), t.end()).toLowerCase(Locale.ROOT), w, Math::max);
                }
                if (i + 1 < tokens.size()) {
                    Token u = tokens.get(i + 1);
                    double pair = sign * weight(features.hash(t.exact() + ' ' + u.exact()), col);
                    boolean content = !FUNCTION_WORDS.contains(t.folded()) && !FUNCTION_WORDS.contains(u.folded());
                    if (pair > 0 && content && u.start() - t.end() <= 1) {
                        byTerm.merge(s.substring(t.start(), u.end()).toLowerCase(Locale.ROOT), pair, Math::max);
                    }
                }
            }
        }
        List<String> ranked = byTerm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<String> chosen = new ArrayList<>();
        for (String term : ranked) {
            // a syllable shown inside a chosen two-syllable word adds nothing: keep the word
            chosen.removeIf(c -> (" " + term + " ").contains(" " + c + " "));
            if (chosen.stream().noneMatch(c -> (" " + c + " ").contains(" " + term + " "))) {
                chosen.add(term);
            }
            if (chosen.size() == limit) {
                break;
            }
        }
        return chosen;
    }

    /**
     * The same model with label {@code k}'s decision moved by {@code shift}: a threshold for a rare label,
     * chosen on training data, kept in the bias so scoring needs nothing else.
     */
    LinearModel withThresholdShift(int k, double shift) {
        double[] moved = bias.clone();
        if (vectors == 1) {
            moved[0] += k == 0 ? shift : -shift;
        } else {
            moved[k] += shift;
        }
        return new LinearModel(task, labels, features, featureIds, weights, moved, trainedOn);
    }

    /** The label with the highest decision after adding {@code shift} to label {@code shifted}'s. */
    static int argMax(double[] decisions, int labels, int shifted, double shift) {
        if (decisions.length == 1) {
            double d = decisions[0] + (shifted == 0 ? shift : -shift);
            return d >= 0 ? 0 : 1;
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < labels; k++) {
            double d = decisions[k] + (k == shifted ? shift : 0);
            if (d > bestValue) {
                best = k;
                bestValue = d;
            }
        }
        return best;
    }

    double decision(SparseVector x, int k) {
        double s = bias[k];
        int[] idx = x.indices();
        double[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            s += weight(idx[i], k) * val[i];
        }
        return s;
    }

    private double weight(int feature, int k) {
        int at = Arrays.binarySearch(featureIds, feature);
        return at < 0 ? 0 : weights[at * vectors + k];
    }

    private static boolean isZero(float[] dense, int f, int vectors) {
        for (int k = 0; k < vectors; k++) {
            if (dense[f * vectors + k] != 0f) {
                return false;
            }
        }
        return true;
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
            w.write("features " + features.spec().describe() + "\n");
            w.write("bias " + join(bias) + "\n");
            w.write("trained-on " + trainedOn.replace('\n', ' ') + "\n");
            StringBuilder line = new StringBuilder();
            float[] idf = features.idf();
            if (idf != null) {
                // most features share one value (0 when rare ones are dropped, else the idf of the unseen):
                // write that once and list only the others
                float common = mostCommon(idf);
                int listed = 0;
                for (float v : idf) {
                    listed += v != common ? 1 : 0;
                }
                w.write("idf " + listed + " " + common + "\n");
                for (int f = 0; f < idf.length; f++) {
                    if (idf[f] != common) {
                        w.write(line.append(f).append(' ').append(idf[f]).append('\n').toString());
                        line.setLength(0);
                    }
                }
            }
            w.write("weights\n");
            for (int i = 0; i < featureIds.length; i++) {
                line.setLength(0);
                line.append(featureIds[i]);
                for (int k = 0; k < vectors; k++) {
                    line.append(' ').append(weights[i * vectors + k]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    /** @throws IOException naming the file and line when it is not a model of this format */
    public static LinearModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /** Reads a model from a stream (a bundled classpath resource); {@code file} names it in errors. */
    public static LinearModel load(InputStream in, String file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            if (!MAGIC.equals(r.readLine())) {
                throw new IOException(file + " line 1: not a TinRadar model (expected '" + MAGIC + "')");
            }
            String task = value(r, "task", file);
            List<String> labels = Arrays.asList(value(r, "labels", file).split("\\|"));
            int bits = Integer.parseInt(value(r, "hash-bits", file));
            String line = r.readLine();
            int lineNo = 5;
            FeatureSpec spec = FeatureSpec.SYLLABLE_BIGRAMS;
            if (line != null && line.startsWith("features ")) {
                try {
                    spec = FeatureSpec.parse(line.substring("features ".length()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + " line " + lineNo + ": " + e.getMessage(), e);
                }
                line = r.readLine();
                lineNo++;
            }
            if (line == null || !line.startsWith("bias ")) {
                throw new IOException(file + " line " + lineNo + ": expected a 'bias ...' line but found '" + line + "'");
            }
            double[] bias = Arrays.stream(line.substring(5).split(" ")).mapToDouble(Double::parseDouble).toArray();
            String trainedOn = value(r, "trained-on", file);
            line = r.readLine();
            lineNo += 2;
            float[] idf = null;
            if (line != null && line.startsWith("idf ")) {
                idf = new float[1 << bits];
                String[] head = line.split(" ");
                Arrays.fill(idf, Float.parseFloat(head[2]));
                int count = Integer.parseInt(head[1]);
                for (int i = 0; i < count; i++) {
                    lineNo++;
                    String[] c = r.readLine().split(" ");
                    idf[Integer.parseInt(c[0])] = Float.parseFloat(c[1]);
                }
                line = r.readLine();
                lineNo++;
            }
            if (!"weights".equals(line)) {
                throw new IOException(file + " line " + lineNo + ": expected 'weights'");
            }
            TextFeatures features = new TextFeatures(spec, bits, idf);
            int vectors = labels.size() == 2 ? 1 : labels.size();
            List<int[]> ids = new ArrayList<>();
            List<float[]> rows = new ArrayList<>();
            int previous = -1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] c = line.split(" ");
                int f = Integer.parseInt(c[0]);
                if (c.length != vectors + 1 || f <= previous || f >= features.dimension()) {
                    throw new IOException(file + " line " + lineNo + ": expected an ascending feature index below "
                            + features.dimension() + " and " + vectors + " weights");
                }
                float[] row = new float[vectors];
                for (int k = 0; k < vectors; k++) {
                    row[k] = Float.parseFloat(c[k + 1]);
                }
                ids.add(new int[] {f});
                rows.add(row);
                previous = f;
            }
            int[] featureIds = ids.stream().mapToInt(a -> a[0]).toArray();
            float[] weights = new float[featureIds.length * vectors];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, weights, i * vectors, vectors);
            }
            return new LinearModel(task, labels, features, featureIds, weights, bias, trainedOn);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            throw new IOException(file + ": malformed number or index: " + e.getMessage(), e);
        }
    }

    private static float mostCommon(float[] values) {
        Map<Float, Integer> counts = new HashMap<>();
        for (float v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static String value(BufferedReader r, String key, String file) throws IOException {
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
