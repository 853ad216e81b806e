package vn.tinradar.analyze.pipeline.trends;

/**
 * One article counted under one trend key: what travels through the {@value TrendDetector#REPARTITION}
 * topic, keyed by {@code kind:key}.
 *
 * @param articleTime   the article's own time (published, else fetched), epoch ms: windows follow it, not arrival
 * @param watchingSince when analyze began watching the flow, as {@link WatchStart} knew it when it counted this one
 *                      (epoch ms; {@link #NOT_WATCHING} before a day of normal volume was seen; null on hits written
 *                      before it was carried): a key's silence since then is a zero count
 */
public record TrendHit(String kind, String key, String label, String articleId, String sourceId, boolean negative,
                       long articleTime, Long watchingSince) {

    /** The stamp of a hit counted before the flow reached a normal volume: it starts no baseline. */
    public static final long NOT_WATCHING = Long.MAX_VALUE;

    /** This hit, stamped with the time analyze began watching. */
    public TrendHit watchedSince(long since) {
        return new TrendHit(kind, key, label, articleId, sourceId, negative, articleTime, since);
    }

    /** The record key of trend state and of the {@code trends} topic. */
    public String trendKey() {
        return kind + ":" + key;
    }
}
