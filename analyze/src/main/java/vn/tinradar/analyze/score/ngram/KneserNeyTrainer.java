package vn.tinradar.analyze.score.ngram;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tinradar.analyze.score.model.LabeledText;

/** Counts one Kneser-Ney syllable language model per label from labelled texts; see {@link KneserNeyTopicModel}. */
public final class KneserNeyTrainer {

    private final KneserNeySettings settings;

    public KneserNeyTrainer(KneserNeySettings settings) {
        this.settings = settings;
    }

    /**
     * @param trainedOn free text recorded in the model file (data set, size)
     * @throws IllegalArgumentException when the texts carry fewer than 2 labels
     */
    public KneserNeyTopicModel train(List<LabeledText> data, String trainedOn) {
        Map<String, KneserNeyLanguageModel> byLabel = new TreeMap<>();
        for (LabeledText t : data) {
            byLabel.computeIfAbsent(t.label(), l -> new KneserNeyLanguageModel(settings.order()));
        }
        if (byLabel.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 labels but found " + byLabel.keySet());
        }
        Vocabulary vocabulary = new Vocabulary();
        for (LabeledText t : data) {
            byLabel.get(t.label()).add(vocabulary.ids(t.title(), t.text(), true));
        }
        for (KneserNeyLanguageModel m : byLabel.values()) {
            m.finish(settings.pruneFrom());
        }
        return new KneserNeyTopicModel(List.copyOf(byLabel.keySet()), vocabulary,
                byLabel.values().toArray(KneserNeyLanguageModel[]::new), settings, trainedOn);
    }
}
