package vn.tinradar.alerts.policy;

import java.util.List;

/**
 * One sentence reacting to a draft policy, with the words that tie it to the policy ({@code names}) and the cues
 * that decided its stance, and where it was published.
 */
public record FeedbackSentence(String text, Stance stance, List<String> cues, List<String> names,
                               FeedbackSource source) {

    public FeedbackSentence {
        cues = List.copyOf(cues);
        names = List.copyOf(names);
    }
}
