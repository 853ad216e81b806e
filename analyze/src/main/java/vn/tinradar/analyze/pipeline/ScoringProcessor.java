package vn.tinradar.analyze.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.pipeline.claims.ClaimsCatalog;
import vn.tinradar.analyze.pipeline.engagement.EngagementHistories;
import vn.tinradar.analyze.pipeline.history.SourceHistories;
import vn.tinradar.analyze.pipeline.intake.Outcome;
import vn.tinradar.analyze.pipeline.intake.RawArticleParser;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.score.ScoringContext;
import vn.tinradar.analyze.score.suspicion.ClaimMatch;
import vn.tinradar.analyze.score.suspicion.SourceHistory;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.EngagementObservation;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Scores one article with what the topology knows beside its text: the source's history ({@value
 * SourceHistories#STORE}, input partitioned by source), a social post's engagement over time ({@value
 * EngagementHistories#STORE}, kept for the dedup window after the post was last seen) and the reviewed claims it
 * resembles (global store {@value ClaimsCatalog#STORE}). The scorer itself is plain Java. An article the scorer fails on becomes a dead
 * letter instead of a dead thread; a failed claim lookup only loses the claim signals of that article.
 */
final class ScoringProcessor implements FixedKeyProcessor<String, Article, Outcome<ScoredArticle>> {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringProcessor.class);

    private final ArticleScorer scorer;
    private final ClaimsCatalog claims;
    private final AnalyzeConfig config;
    private final AnalyzeMetrics metrics;
    private FixedKeyProcessorContext<String, Outcome<ScoredArticle>> context;
    private SourceHistories histories;
    private EngagementHistories engagement;
    private KeyValueStore<String, Claim> claimsStore;

    private ScoringProcessor(ArticleScorer scorer, ClaimsCatalog claims, AnalyzeConfig config, AnalyzeMetrics metrics) {
        this.scorer = scorer;
        this.claims = claims;
        this.config = config;
        this.metrics = metrics;
    }

    static FixedKeyProcessorSupplier<String, Article, Outcome<ScoredArticle>> supplier(
            ArticleScorer scorer, ClaimsCatalog claims, AnalyzeConfig config, AnalyzeMetrics metrics) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Outcome<ScoredArticle>> get() {
                return new ScoringProcessor(scorer, claims, config, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(SourceHistories.storeBuilder(), EngagementHistories.storeBuilder());
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome<ScoredArticle>> context) {
        this.context = context;
        this.histories = new SourceHistories(context.getStateStore(SourceHistories.STORE));
        this.engagement = new EngagementHistories(context.getStateStore(EngagementHistories.STORE));
        this.claimsStore = context.getStateStore(ClaimsCatalog.STORE);
        long retentionMs = config.dedupWindow().toMillis();
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, now -> engagement.prune(now, retentionMs));
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        SourceHistory history = histories.observe(article, record.timestamp());
        List<EngagementObservation> observations = engagement.observe(article, record.timestamp());
        context.forward(record.withValue(score(article,
                new ScoringContext(history, claimsOf(article), observations))));
    }

    private List<ClaimMatch> claimsOf(Article article) {
        try {
            return claims.current(claimsStore).matches(article, config.claimMinSimilarity(), config.claimMaxMatches());
        } catch (RuntimeException e) {
            LOG.warn("event=claim-match-failed article={} error={}", article.id(), e.toString());
            metrics.failure("claims");
            return List.of();
        }
    }

    private Outcome<ScoredArticle> score(Article article, ScoringContext scoringContext) {
        try {
            ScoredArticle scored = scorer.score(article, scoringContext);
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
