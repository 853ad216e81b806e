package vn.tinradar.analyze;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.intake.Outcome;
import vn.tinradar.analyze.intake.RawArticleParser;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.ScoredArticle;

/** Runs the scorer on one article; an article the scorer fails on becomes a dead letter instead of a dead thread. */
final class ScoringStep {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringStep.class);

    private final ArticleScorer scorer;
    private final AnalyzeMetrics metrics;

    ScoringStep(ArticleScorer scorer, AnalyzeMetrics metrics) {
        this.scorer = scorer;
        this.metrics = metrics;
    }

    Outcome<ScoredArticle> score(Article article) {
        try {
            ScoredArticle scored = scorer.score(article);
            if (scored == null || scored.article() == null) {
                throw new IllegalStateException("scorer returned no article");
            }
            metrics.article(AnalyzeMetrics.Stage.SCORED);
            return Outcome.ok(scored);
        } catch (RuntimeException e) {
            LOG.warn("event=scoring-failed article={} source={} error={}", article.id(), article.sourceId(), e.toString());
            return Outcome.rejected(Rejected.of(article.sourceId(), article.url(), RawArticleParser.STAGE,
                    "scoring-failed", e.toString(), article.text() == null ? 0 : article.text().length()));
        }
    }
}
