package vn.tinradar.deploy.tip;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.pipeline.claims.ClaimIndex;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.score.ScoringContext;
import vn.tinradar.analyze.score.suspicion.ClaimMatch;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.TipAnalysis;
import vn.tinradar.common.event.TipClaimMatch;
import vn.tinradar.common.event.TipStoryMatch;
import vn.tinradar.common.event.TopicScore;

/**
 * Analyses a tip's text as the pipeline analyses an article: the reviewed claims it resembles by the pipeline's
 * own similarity ({@link ClaimIndex}, with its minimum and cap), then the scorer with those claims (places, topics,
 * tone, suspicion and its signals), then the existing stories it resembles ({@link TipStories}). The tip is scored
 * as a page of an unknown, unlicensed site: what staff forward has no source the province vouches for.
 */
public final class TipAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(TipAnalyzer.class);
    static final String TIP_SOURCE = "tin-bao";

    private final ArticleScorer scorer;
    private final Supplier<List<Claim>> claims;
    private final double minSimilarity;
    private final int maxClaims;
    private final TipStories stories;
    private final Clock clock;

    /**
     * @param claims every reviewed claim (the index keeps the active ones)
     * @param minSimilarity and {@code maxClaims}: {@code analyze.claim-min-similarity} and
     *     {@code analyze.claim-max-matches}, as the pipeline uses them
     */
    public TipAnalyzer(ArticleScorer scorer, Supplier<List<Claim>> claims, double minSimilarity, int maxClaims,
                       Function<SearchRequest, SearchResult> search, Clock clock) {
        this.scorer = scorer;
        this.claims = claims;
        this.minSimilarity = minSimilarity;
        this.maxClaims = maxClaims;
        this.stories = new TipStories(search, clock);
        this.clock = clock;
    }

    /** @param published the page's date, or null when it shows none (the scorer counts that as a signal) */
    TipAnalysis analyse(String tipId, String url, String title, String lead, String body, OffsetDateTime published) {
        Instant now = clock.instant();
        Article article = new Article(Article.VERSION, tipId, url, TIP_SOURCE, "Tin báo của cán bộ",
                SourceTier.UNLICENSED_SITE, title, lead, body, null, null, null, "vi", published, null, null, now,
                ArticleIds.contentHash(title, body), null, false);
        List<ClaimMatch> matches = ClaimIndex.of(claims.get()).matches(article, minSimilarity, maxClaims);
        ScoredArticle scored = scorer.score(article, new ScoringContext(null, matches));
        List<PlaceTag> places = scored.places() == null ? List.of() : scored.places();
        List<TipStoryMatch> similar;
        try {
            similar = stories.find(title, lead, places);
        } catch (RuntimeException e) {
            // no index shard open yet (start-up, rebalance): the tip is kept with its claims, stories unknown
            LOG.warn("event=tip_story_search_failed tip={} error=\"{}\"", tipId, e.getMessage());
            similar = List.of();
        }
        return new TipAnalysis(title, lead, places.stream().map(PlaceTag::name).distinct().toList(),
                scored.topics() == null ? List.of() : scored.topics().stream().map(TopicScore::label).toList(),
                scored.sentiment() == null ? null : scored.sentiment().label(),
                scored.suspicion() == null ? 0 : scored.suspicion().score(),
                scored.suspicion() == null ? List.of() : scored.suspicion().signals(),
                matches.stream().map(m -> new TipClaimMatch(m.claim().id(), m.claim().claimReviewed(),
                        m.claim().verdict().id(), m.similarity())).toList(),
                similar);
    }
}
