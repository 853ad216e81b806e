package vn.tinradar.analyze.training;

import java.util.List;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.LinearModel;

/** The linear model as a {@link ModelFamily}, fitted by {@link LinearTrainer} with the task's settings. */
public record LinearFamily(LinearTrainer.Settings settings) implements ModelFamily {

    @Override
    public Fitted fit(String task, List<LabeledText> data, String trainedOn) {
        LinearModel m = new LinearTrainer(settings).train(task, data, trainedOn);
        return new Fitted() {
            @Override
            public List<String> labels() {
                return m.labels();
            }

            @Override
            public double[] probabilities(LabeledText t) {
                return m.probabilities(t.title(), t.text(), t.extras());
            }
        };
    }
}
