package vn.tinradar.analyze.score.model;

import java.util.List;

/** A trained classifier of an article's topic, whichever family it comes from (linear or n-gram language models). */
public interface TopicModel {

    List<String> labels();

    /** Probability of each label, in the order of {@link #labels()}. */
    double[] probabilities(String title, String text);

    /** Up to {@code limit} words of the text that speak most for label {@code k}, for a person to read. */
    List<String> topTerms(String title, String text, int k, int limit);
}
