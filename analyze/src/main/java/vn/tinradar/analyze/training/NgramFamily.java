package vn.tinradar.analyze.training;

import java.util.List;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.ngram.NgramSettings;
import vn.tinradar.analyze.score.ngram.NgramTopicModel;
import vn.tinradar.analyze.score.ngram.NgramTrainer;

/** The n-gram language models as a {@link ModelFamily}; they read only the words, so a task's extras are unused. */
public record NgramFamily(NgramSettings settings) implements ModelFamily {

    @Override
    public ModelFamily.Fitted fit(String task, List<LabeledText> data, String trainedOn) {
        return new Fitted(new NgramTrainer(settings).train(data, trainedOn));
    }

    /** A trained n-gram topic model seen as a fitted model. */
    public record Fitted(NgramTopicModel model) implements ModelFamily.Fitted {

        @Override
        public List<String> labels() {
            return model.labels();
        }

        @Override
        public double[] probabilities(LabeledText t) {
            return model.probabilities(t.title(), t.text());
        }
    }
}
