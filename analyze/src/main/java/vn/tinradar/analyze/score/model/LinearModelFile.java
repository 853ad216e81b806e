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
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of a {@link LinearModel}, kept apart from scoring so that inference reads as inference.
 *
 * <p>Format ({@code <task>.model.gz}, gzip UTF-8 text): line 1 {@code tinradar-linear 1}; then
 * {@code task <name>}, {@code labels <l1>|<l2>|...}, {@code hash-bits <n>}, optionally
 * {@code features <FeatureSpec.describe()>} (absent: syllable unigrams and bigrams), {@code bias <w_1> ... <w_k>},
 * {@code trained-on <free text>}, optionally {@code idf <count> <idf of every feature not listed>} followed by
 * {@code <index> <idf>} lines, a line {@code weights}, then one line per non-zero feature:
 * {@code <index> <w_1> ... <w_k>}. With two labels there is one vector, for the first label.
 */
public final class LinearModelFile {

    static final String MAGIC = "tinradar-linear 1";

    private LinearModelFile() {
    }

    /** Writes {@code model} to {@code file}, creating its directory. */
    public static void save(LinearModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            w.write(MAGIC + "\n");
            w.write("task " + model.task() + "\n");
            w.write("labels " + String.join("|", model.labels()) + "\n");
            w.write("hash-bits " + model.features().bits() + "\n");
            w.write("features " + model.features().spec().describe() + "\n");
            w.write("bias " + join(model.bias()) + "\n");
            w.write("trained-on " + model.trainedOn().replace('\n', ' ') + "\n");
            StringBuilder line = new StringBuilder();
            float[] idf = model.features().idf();
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
            for (int i = 0; i < model.featureIds().length; i++) {
                line.setLength(0);
                line.append(model.featureIds()[i]);
                for (int k = 0; k < model.vectorCount(); k++) {
                    line.append(' ').append(model.weights()[i * model.vectorCount() + k]);
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
