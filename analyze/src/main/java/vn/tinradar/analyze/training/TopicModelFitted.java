package vn.tinradar.analyze.training;

import java.util.List;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.TopicModel;

/** A trained topic model seen as a fitted model; topic models read only the words, so a task's extras are unused. */
public record TopicModelFitted(TopicModel model) implements ModelFamily.Fitted {

    @Override
    public List<String> labels() {
        return model.labels();
    }

    @Override
    public double[] probabilities(LabeledText t) {
        return model.probabilities(t.title(), t.text());
    }
}
