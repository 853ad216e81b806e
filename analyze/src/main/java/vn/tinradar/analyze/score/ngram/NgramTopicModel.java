package vn.tinradar.analyze.score.ngram;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import vn.tinradar.analyze.score.model.TopicModel;

/**
 * Topic by language models: one syllable n-gram model per label ({@link ClassLanguageModel}), and a text goes
 * to the label whose model gives it the highest probability, optionally with the label's prior. This is the
 * family that reached 97.1% accuracy on VNTC in 2007; figures on held-out data are in docs/quality.md.
 *
 * <p>File format ({@code topic.lm.gz}, gzip of Java data-output fields): the string {@code tinradar-ngram-lm 1};
 * order, min count, length-normalised, prior; the free-text origin; the labels; the vocabulary in id order
 * (ids 0 and 1, the unknown word and the sentence boundary, not written); then per label its token, type and
 * document counts and, per order, three tables of (packed n-gram, count): n-grams, context totals, context
 * followers. Safe to call from many threads once loaded.
 */
public final class NgramTopicModel implements TopicModel {

    static final String MAGIC = "tinradar-ngram-lm 1";

    private final List<String> labels;
    private final Vocabulary vocabulary;
    private final ClassLanguageModel[] models;
    private final NgramSettings settings;
    private final String trainedOn;

    NgramTopicModel(List<String> labels, Vocabulary vocabulary, ClassLanguageModel[] models, NgramSettings settings,
            String trainedOn) {
        this.labels = List.copyOf(labels);
        this.vocabulary = vocabulary;
        this.models = models;
        this.settings = settings;
        this.trainedOn = trainedOn;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    public NgramSettings settings() {
        return settings;
    }

    public String trainedOn() {
        return trainedOn;
    }

    /**
     * The same counts deciding differently: a lower order, normalisation or prior need no retraining, and a
     * higher min count prunes; so one training serves every variant compared on a development split.
     *
     * @throws IllegalArgumentException when asked for a higher order or a lower min count than were counted
     */
    public NgramTopicModel with(NgramSettings other) {
        if (other.order() > settings.order() || other.minCount() < settings.minCount()) {
            throw new IllegalArgumentException("a model counted with " + settings.describe() + " cannot serve "
                    + other.describe());
        }
        ClassLanguageModel[] m = models;
        if (other.minCount() > settings.minCount()) {
            m = new ClassLanguageModel[models.length];
            for (int k = 0; k < models.length; k++) {
                m[k] = models[k].pruned(other.minCount());
            }
        }
        return new NgramTopicModel(labels, vocabulary, m, other, trainedOn);
    }

    ClassLanguageModel classModel(int k) {
        return models[k];
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Number of n-gram table entries over all labels and orders; each takes 18 to 36 bytes in memory, 12 on disk. */
    public long entries() {
        long n = 0;
        for (ClassLanguageModel m : models) {
            n += m.entries();
        }
        return n;
    }

    /** The score each label gives the text: its log-probability (per word when normalised), plus its log prior. */
    public double[] scores(String title, String text) {
        int[] ids = vocabulary.ids(title, text, false);
        int documents = 0;
        for (ClassLanguageModel m : models) {
            documents += m.documents();
        }
        double[] s = new double[models.length];
        for (int k = 0; k < models.length; k++) {
            double logP = models[k].logProbability(ids, settings.order(), vocabulary.size());
            s[k] = settings.lengthNormalised() ? logP / Math.max(1, ids.length) : logP;
            if (settings.prior()) {
                s[k] += Math.log(models[k].documents() / (double) documents);
            }
        }
        return s;
    }

    /** The softmax of {@link #scores}: the labels' posterior under the models (see {@link LabelEvidence#softmax}). */
    @Override
    public double[] probabilities(String title, String text) {
        return LabelEvidence.softmax(scores(title, text));
    }

    /** The text's syllables that label {@code k}'s unigram finds most likely compared with the next best label's. */
    @Override
    public List<String> topTerms(String title, String text, int k, int limit) {
        return LabelEvidence.topTerms(vocabulary, vocabulary.ids(title, text, false), k, models.length,
                (label, id) -> models[label].unigram(id, vocabulary.size()), limit);
    }

    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(settings.order());
            out.writeInt(settings.minCount());
            out.writeBoolean(settings.lengthNormalised());
            out.writeBoolean(settings.prior());
            out.writeUTF(trainedOn);
            out.writeInt(labels.size());
            for (String l : labels) {
                out.writeUTF(l);
            }
            vocabulary.write(out);
            for (ClassLanguageModel m : models) {
                m.write(out);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** @throws IOException naming the file when it is not an n-gram topic model or is cut short */
    public static NgramTopicModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    public static NgramTopicModel load(InputStream raw, String file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException(file + ": expected '" + MAGIC + "' but found '" + magic + "'");
            }
            NgramSettings settings = new NgramSettings(in.readInt(), in.readInt(), in.readBoolean(), in.readBoolean());
            String trainedOn = in.readUTF();
            int labelCount = in.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < labelCount; i++) {
                labels.add(in.readUTF());
            }
            Vocabulary vocabulary = Vocabulary.read(in);
            ClassLanguageModel[] models = new ClassLanguageModel[labelCount];
            for (int k = 0; k < labelCount; k++) {
                models[k] = ClassLanguageModel.read(in, settings.order());
            }
            return new NgramTopicModel(labels, vocabulary, models, settings, trainedOn);
        } catch (java.io.EOFException | IllegalArgumentException e) {
            throw new IOException(file + ": n-gram topic model is cut short or malformed (" + e.getMessage() + ")", e);
        }
    }
}
