package vn.tinradar.analyze.score.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.score.model.TopicModel;
import vn.tinradar.common.event.TopicScore;

/**
 * Topics of an article: the taxonomy's keyword rules, plus the labels of a trained topic model (linear or
 * n-gram language models) when one is
 * loaded. A model label that is also a taxonomy id keeps the higher of the two scores; a model label outside
 * the taxonomy is added when the model is confident. Evidence of a model label is the syllables that weigh
 * most towards it. Thread-safe.
 */
public final class TopicCombiner {

    static final double MODEL_THRESHOLD = 0.5;
    static final int EVIDENCE = 5;

    private final KeywordTopicScorer rules;
    private final TopicModel model;

    /** @param model trained topic model, or null for keyword rules only */
    public TopicCombiner(KeywordTopicScorer rules, TopicModel model) {
        this.rules = rules;
        this.model = model;
    }

    public List<TopicScore> score(String title, String body) {
        List<TopicScore> fromRules = rules.score(title, body);
        if (model == null) {
            return fromRules;
        }
        Map<String, TopicScore> byLabel = new LinkedHashMap<>();
        fromRules.forEach(t -> byLabel.put(t.label(), t));
        double[] p = model.probabilities(title, body);
        for (int k = 0; k < p.length; k++) {
            if (p[k] < MODEL_THRESHOLD) {
                continue;
            }
            String label = model.labels().get(k);
            TopicScore existing = byLabel.get(label);
            double score = KeywordTopicScorer.round(p[k]);
            if (existing == null) {
                byLabel.put(label, new TopicScore(label, score, model.topTerms(title, body, k, EVIDENCE)));
            } else if (score > existing.score()) {
                byLabel.put(label, new TopicScore(label, score, existing.evidence()));
            }
        }
        List<TopicScore> out = new ArrayList<>(byLabel.values());
        out.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return out;
    }
}
