package vn.tinradar.analyze.training;

import java.util.List;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.ngram.NgramSettings;
import vn.tinradar.analyze.score.ngram.NgramTrainer;

/** The Witten-Bell n-gram language models as a {@link ModelFamily} (topic). */
public record NgramFamily(NgramSettings settings) implements ModelFamily {

    @Override
    public ModelFamily.Fitted fit(String task, List<LabeledText> data, String trainedOn) {
        return new TopicModelFitted(new NgramTrainer(settings).train(data, trainedOn));
    }
}
