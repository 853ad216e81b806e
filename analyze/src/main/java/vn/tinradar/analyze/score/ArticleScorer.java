package vn.tinradar.analyze.score;

import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Scores one article: places, topics, sentiment and suspicion, each with its evidence.
 *
 * <p>Pure Java, no Kafka: the same scorer runs in the Streams topology and in the batch {@code score}
 * command. The returned article has no story yet ({@code storyId} and {@code duplicateOf} are null):
 * clustering needs the other articles and happens in the topology.
 */
@FunctionalInterface
public interface ArticleScorer {

    ScoredArticle score(Article article);

    /**
     * Scores one article knowing its source's history and the reviewed claims it resembles. Scorers that use
     * neither keep this default.
     */
    default ScoredArticle score(Article article, ScoringContext context) {
        return score(article);
    }
}
