package vn.tinradar.alerts.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tinradar.alerts.config.AlertsConfig;

/**
 * Compiles the feedback on a draft policy from the articles that mention it, for the policy page and the DOCX
 * the drafting unit attaches to its "báo cáo tiếp thu, giải trình": reacting sentences ({@link FeedbackExtractor}),
 * grouped per stance into arguments ({@link ArgumentGrouper}). A sentence repeated word for word (a syndicated copy)
 * counts once, with its first source.
 */
public final class FeedbackCompiler {

    private FeedbackCompiler() {
    }

    public static CompiledFeedback compile(AlertsConfig.Policy policy, List<FeedbackSource> articles) {
        FeedbackExtractor extractor = new FeedbackExtractor(policy);
        Map<Stance, List<FeedbackSentence>> byStance = new EnumMap<>(Stance.class);
        Set<String> seen = new LinkedHashSet<>();
        for (FeedbackSource article : articles) {
            for (FeedbackSentence s : extractor.reactions(article)) {
                if (seen.add(StanceRules.words(s.text()))) {
                    byStance.computeIfAbsent(s.stance(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        List<Argument> arguments = new ArrayList<>();
        for (Stance stance : List.of(Stance.FOR, Stance.AGAINST, Stance.QUESTION)) {
            List<FeedbackSentence> these = byStance.getOrDefault(stance, List.of());
            counts.put(stance, these.size());
            arguments.addAll(ArgumentGrouper.group(stance, these));
        }
        return new CompiledFeedback(policy, articles.size(), counts, arguments);
    }
}
