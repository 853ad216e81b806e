package vn.tinradar.analyze;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.text.VietnameseText;

/** A keyword scorer for topology and search tests: the seam the product's scorer plugs into, not that scorer. */
public final class KeywordTestScorer implements ArticleScorer {

    private static final Map<String, String> TOPICS = Map.of(
            "sat lo", "thien-tai",
            "lu quet", "thien-tai",
            "giao duc", "giao-duc",
            "hoc sinh", "giao-duc",
            "giai phong mat bang", "dat-dai");
    private static final Map<String, PlaceTag> PLACES = Map.of(
            "bao yen", new PlaceTag("lc-bao-yen", "Xã Bảo Yên", "commune", "Bảo Yên"),
            "bat xat", new PlaceTag("lc-bat-xat", "Xã Bát Xát", "commune", "Bát Xát"),
            "sa pa", new PlaceTag("lc-sa-pa", "Phường Sa Pa", "ward", "Sa Pa"));
    private static final List<String> NEGATIVE = List.of("thiet hai", "nguy hiem", "buc xuc", "sap");
    /** Another province's news naming no place of Lào Cai: searchable, not relevant (the national flow). */
    private static final List<String> OTHER_PROVINCES = List.of("ha noi", "da nang");

    @Override
    public ScoredArticle score(Article article) {
        String text = VietnameseText.fold(article.fullText());
        List<TopicScore> topics = new ArrayList<>();
        TOPICS.forEach((word, label) -> {
            if (text.contains(word) && topics.stream().noneMatch(t -> t.label().equals(label))) {
                topics.add(new TopicScore(label, 0.9, List.of(word)));
            }
        });
        List<PlaceTag> places = new ArrayList<>();
        PLACES.forEach((word, place) -> {
            if (text.contains(word)) {
                places.add(place);
            }
        });
        boolean negative = NEGATIVE.stream().anyMatch(text::contains);
        Sentiment sentiment = new Sentiment(negative ? Sentiment.NEGATIVE : Sentiment.NEUTRAL, negative ? -0.6 : 0,
                List.of());
        boolean lowTier = article.tier() != null && article.tier().isLowTier();
        Suspicion suspicion = new Suspicion(lowTier ? 0.5 : 0.1,
                lowTier ? List.of(new Signal("low-tier-source", 0.4, article.sourceId())) : List.of());
        boolean relevant = !places.isEmpty() || OTHER_PROVINCES.stream().noneMatch(text::contains);
        return new ScoredArticle(ScoredArticle.VERSION, article, relevant, places, topics, sentiment, suspicion, null,
                null, Instant.parse("2026-11-22T00:00:00Z"));
    }
}
