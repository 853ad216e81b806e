package vn.tinradar.alerts.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.text.Mentions;

/**
 * Picks the sentences of an article that react to a draft policy: a sentence counts when it names the draft ("dự
 * thảo") or one of the policy's key terms and carries a cue for, against or of doubt ({@link StanceRules}). The
 * title is read as a sentence too, since headlines often carry the verdict.
 */
public final class FeedbackExtractor {

    /** Besides the policy's own key terms, the word the press uses for any draft. */
    static final String DRAFT = "dự thảo";

    private final AlertsConfig.Policy policy;

    public FeedbackExtractor(AlertsConfig.Policy policy) {
        this.policy = policy;
    }

    /** The reacting sentences of {@code article}, in reading order. */
    public List<FeedbackSentence> reactions(FeedbackSource article) {
        List<FeedbackSentence> out = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        if (article.title() != null && !article.title().isBlank()) {
            sentences.add(article.title().strip());
        }
        sentences.addAll(SentenceSplitter.split(article.text()));
        for (String s : sentences) {
            read(s, article).ifPresent(out::add);
        }
        return out;
    }

    /** The sentence as feedback, or empty when it names neither the draft nor a key term, or takes no stance. */
    public Optional<FeedbackSentence> read(String sentence, FeedbackSource article) {
        List<String> names = names(sentence);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        StanceReading reading = StanceRules.read(sentence);
        if (reading.stance() == Stance.NEUTRAL) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackSentence(sentence, reading.stance(), reading.cues(), names, article));
    }

    /** The words of {@code sentence} that name this policy: its key terms, or "dự thảo". */
    public List<String> names(String sentence) {
        List<String> terms = new ArrayList<>(policy.keywords());
        terms.add(DRAFT);
        return Mentions.found(sentence, terms);
    }
}
