package vn.tinradar.analyze.pipeline.trends;

/**
 * One article counted under one trend key: what travels through the {@value TrendDetector#REPARTITION}
 * topic, keyed by {@code kind:key}.
 *
 * @param articleTime the article's own time (published, else fetched), epoch ms: windows follow it, not arrival
 */
public record TrendHit(String kind, String key, String label, String articleId, String sourceId, boolean negative,
                       long articleTime) {

    /** The record key of trend state and of the {@code trends} topic. */
    public String trendKey() {
        return kind + ":" + key;
    }
}
