package vn.tinradar.analyze.training;

import java.util.List;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.ngram.KneserNeySettings;
import vn.tinradar.analyze.score.ngram.KneserNeyTrainer;

/** The Kneser-Ney n-gram language models as a {@link ModelFamily} (topic). */
public record KneserNeyFamily(KneserNeySettings settings) implements ModelFamily {

    @Override
    public ModelFamily.Fitted fit(String task, List<LabeledText> data, String trainedOn) {
        return new TopicModelFitted(new KneserNeyTrainer(settings).train(data, trainedOn));
    }
}
