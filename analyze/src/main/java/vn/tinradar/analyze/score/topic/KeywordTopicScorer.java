package vn.tinradar.analyze.score.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.text.VietnameseText;

/**
 * Scores the taxonomy's topics from its keyword rules: each phrase found adds its weight (twice in the title,
 * with diminishing returns for repeats), and the sum becomes a score in [0,1]. The phrases found are the
 * evidence. Thread-safe.
 */
public final class KeywordTopicScorer {

    /** Sum of weights that gives a score of about 0.63; a couple of specific phrases reach the threshold. */
    static final double SCALE = 3.0;
    public static final double THRESHOLD = 0.4;
    static final int MAX_TOPICS = 4;
    static final int MAX_EVIDENCE = 5;

    private final TopicTaxonomy taxonomy;

    public KeywordTopicScorer(TopicTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Topics whose score reaches {@link #THRESHOLD}, best first. */
    public List<TopicScore> score(String title, String body) {
        Map<String, Map<String, Double>> perTopicPhrase = new HashMap<>();
        int bodyTokens = collect(title, 2.0, perTopicPhrase) ;
        bodyTokens += collect(body, 1.0, perTopicPhrase);
        // long articles mention everything once; dampen so length alone does not raise topics
        double lengthFactor = Math.sqrt(Math.max(1.0, bodyTokens / 400.0));
        List<TopicScore> out = new ArrayList<>();
        for (var e : perTopicPhrase.entrySet()) {
            double sum = 0;
            for (double w : e.getValue().values()) {
                sum += w;
            }
            double score = 1 - Math.exp(-sum / lengthFactor / SCALE);
            if (score >= THRESHOLD) {
                List<String> evidence = e.getValue().entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .limit(MAX_EVIDENCE).map(Map.Entry::getKey).toList();
                out.add(new TopicScore(e.getKey(), round(score), evidence));
            }
        }
        out.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return out.size() > MAX_TOPICS ? List.copyOf(out.subList(0, MAX_TOPICS)) : out;
    }

    private int collect(String text, double multiplier, Map<String, Map<String, Double>> acc) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String s = VietnameseText.nfc(text);
        List<Token> tokens = Tokenizer.tokenize(s);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (PhraseIndex.Match<TopicTaxonomy.Rule> m : taxonomy.index().findAll(tokens)) {
            TopicTaxonomy.Rule rule = m.entry().value();
            if (rule.weight() == 0) {
                // a blocking phrase: it took the words so that a shorter rule inside it does not fire
                continue;
            }
            String key = rule.topicId() + "\u0000" + rule.phrase();
            int n = seen.merge(key, 1, Integer::sum);
            // the first mention counts fully, repeats add less and less (1, 1/2, 1/3 ...)
            double add = rule.weight() * multiplier / n;
            acc.computeIfAbsent(rule.topicId(), k -> new LinkedHashMap<>()).merge(rule.phrase(), add, Double::sum);
        }
        return tokens.size();
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
