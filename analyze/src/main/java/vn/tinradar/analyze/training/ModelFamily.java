package vn.tinradar.analyze.training;

import java.util.List;
import vn.tinradar.analyze.score.model.LabeledText;

/**
 * A family of trainable classifiers as {@code train} and {@code evaluate} see it: fit on labelled texts, then
 * give each text a probability per label. The linear model serves every task; the n-gram language models
 * serve the topic task.
 */
public interface ModelFamily {

    /** Fits a model on {@code data}; @throws IllegalArgumentException when the data cannot be learned from */
    Fitted fit(String task, List<LabeledText> data, String trainedOn);

    /** A model fitted by a family. */
    interface Fitted {

        List<String> labels();

        /** Probability of each label for one text, in the order of {@link #labels()}. */
        double[] probabilities(LabeledText text);
    }
}
