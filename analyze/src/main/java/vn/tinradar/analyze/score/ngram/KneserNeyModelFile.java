package vn.tinradar.analyze.score.ngram;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@link KneserNeyTopicModel} on disk ({@code topic.kn.gz}): gzip of Java data-output fields. The string
 * {@code tinradar-kneser-ney 1}; order, prune-from order, prior; the free-text origin; the labels; the
 * vocabulary in id order (the two reserved ids not written); then per label its document count and, per
 * order from 1 up, the three discounts, the table of (n-gram key, count) and the table of (context key,
 * total, n-grams seen once, twice, three times or more).
 */
public final class KneserNeyModelFile {

    static final String MAGIC = "tinradar-kneser-ney 1";

    private KneserNeyModelFile() {
    }

    /** Writes beside {@code file} first and then moves it over, so a reader never sees half a model. */
    public static void save(KneserNeyTopicModel model, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16))) {
            KneserNeySettings s = model.settings();
            out.writeUTF(MAGIC);
            out.writeInt(s.order());
            out.writeInt(s.pruneFrom());
            out.writeBoolean(s.prior());
            out.writeUTF(model.trainedOn());
            out.writeInt(model.labels().size());
            for (String l : model.labels()) {
                out.writeUTF(l);
            }
            model.vocabulary().write(out);
            for (int k = 0; k < model.labels().size(); k++) {
                model.classModel(k).write(out);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** @throws IOException naming the file when it is not a Kneser-Ney topic model or is cut short */
    public static KneserNeyTopicModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /** @param file the name to give in errors */
    public static KneserNeyTopicModel load(InputStream raw, String file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException(file + ": expected '" + MAGIC + "' but found '" + magic + "'");
            }
            KneserNeySettings settings = new KneserNeySettings(in.readInt(), in.readInt(), in.readBoolean());
            String trainedOn = in.readUTF();
            int labelCount = in.readInt();
            if (labelCount < 2) {
                throw new IOException(file + ": a topic model needs at least 2 labels but the file has " + labelCount);
            }
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < labelCount; i++) {
                labels.add(in.readUTF());
            }
            Vocabulary vocabulary = Vocabulary.read(in);
            KneserNeyLanguageModel[] models = new KneserNeyLanguageModel[labelCount];
            for (int k = 0; k < labelCount; k++) {
                models[k] = KneserNeyLanguageModel.read(in, settings.order());
            }
            return new KneserNeyTopicModel(labels, vocabulary, models, settings, trainedOn);
        } catch (EOFException | IllegalArgumentException e) {
            throw new IOException(file + ": Kneser-Ney topic model is cut short or malformed (" + e.getMessage() + ")",
                    e);
        }
    }
}
