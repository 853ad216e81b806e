package vn.tinradar.analyze.score.ngram;

import java.util.List;
import vn.tinradar.analyze.score.model.TopicModel;

/**
 * Topic by Kneser-Ney language models: one syllable n-gram model per label ({@link KneserNeyLanguageModel}),
 * and a text goes to the label whose model gives it the highest probability, optionally with the label's
 * prior. File format in {@link KneserNeyModelFile}; figures on held-out data in docs/quality.md. Safe to call
 * from many threads once trained or loaded.
 */
public final class KneserNeyTopicModel implements TopicModel {

    private final List<String> labels;
    private final Vocabulary vocabulary;
    private final KneserNeyLanguageModel[] models;
    private final KneserNeySettings settings;
    private final String trainedOn;

    KneserNeyTopicModel(List<String> labels, Vocabulary vocabulary, KneserNeyLanguageModel[] models,
            KneserNeySettings settings, String trainedOn) {
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

    public KneserNeySettings settings() {
        return settings;
    }

    public String trainedOn() {
        return trainedOn;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    KneserNeyLanguageModel classModel(int k) {
        return models[k];
    }

    /** Number of n-gram and context entries over all labels and orders. */
    public long entries() {
        long n = 0;
        for (KneserNeyLanguageModel m : models) {
            n += m.entries();
        }
        return n;
    }

    /** Number of syllables the text is read as, the boundaries included: what {@link #scores} sums over. */
    public int length(String title, String text) {
        return vocabulary.ids(title, text, false).length;
    }

    /** The score each label gives the text: the log-probability of its syllables, plus the label's log prior. */
    public double[] scores(String title, String text) {
        int[] ids = vocabulary.ids(title, text, false);
        int documents = 0;
        for (KneserNeyLanguageModel m : models) {
            documents += m.documents();
        }
        double[] s = new double[models.length];
        for (int k = 0; k < models.length; k++) {
            s[k] = models[k].logProbability(ids, vocabulary.size());
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
                (label, id) -> models[label].probability(new int[] {id}, 0, vocabulary.size()), limit);
    }
}
