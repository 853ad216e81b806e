package vn.tinradar.alerts.policy;

import java.util.List;

/**
 * One main argument: the sentences of one stance that share a salient phrase ({@code term}; empty for the
 * sentences that share none), and the one that best represents them.
 */
public record Argument(Stance stance, String term, FeedbackSentence representative, List<FeedbackSentence> sentences) {

    public Argument {
        sentences = List.copyOf(sentences);
    }

    /** How many different sources made this argument. */
    public long sourceCount() {
        return sentences.stream().map(s -> s.source().sourceName()).distinct().count();
    }
}
