package vn.tinradar.analyze.score.ngram;

import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import vn.tinradar.analyze.score.model.LabeledText;

/** Counts one syllable n-gram language model per label from labelled texts; see {@link NgramTopicModel}. */
public final class NgramTrainer {

    private final NgramSettings settings;

    public NgramTrainer(NgramSettings settings) {
        this.settings = settings;
    }

    /**
     * @param trainedOn free text recorded in the model file (data set, size)
     * @throws IllegalArgumentException when the texts carry fewer than 2 labels
     */
    public NgramTopicModel train(List<LabeledText> data, String trainedOn) {
        Map<String, ClassLanguageModel> byLabel = new TreeMap<>();
        for (LabeledText t : data) {
            byLabel.computeIfAbsent(t.label(), l -> new ClassLanguageModel(settings.order()));
        }
        if (byLabel.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 labels but found " + byLabel.keySet());
        }
        Vocabulary vocabulary = new Vocabulary();
        for (LabeledText t : data) {
            byLabel.get(t.label()).add(vocabulary.ids(t.title(), t.text(), true));
        }
        NgramTopicModel counted = new NgramTopicModel(List.copyOf(byLabel.keySet()), vocabulary,
                byLabel.values().toArray(ClassLanguageModel[]::new),
                new NgramSettings(settings.order(), 1, settings.lengthNormalised(), settings.prior()), trainedOn);
        return settings.minCount() > 1 ? counted.with(settings) : counted;
    }
}
