package vn.tinradar.analyze.pipeline.dedup;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;

/**
 * Exact dedup by canonical id and content hash, keyed by article id (input must be partitioned by id).
 *
 * <p>State: {@value #STORE} maps article id → "contentHash@epochMillis" of the last version passed on. A re-sent
 * identical article (same id, same hash) inside the window is dropped; a changed one (same id, new hash) passes as
 * an update (the index and the story replace the old version). A social post observed again with new counts
 * (likes, comments, shares, views) passes too, as an update of the same id: its engagement over time is what the
 * next steps keep; the counts are part of what is remembered of a post, never of a press article. An id is remembered for the window after it was
 * last seen (pruned once an hour of stream time), which bounds the store by the number of articles seen in one
 * window. The same text under another id is {@link SameTextDeduplicator}'s job, after a repartition by content hash.
 */
public final class Deduplicator extends WindowedDeduplicator {

    public static final String STORE = "dedup-seen-hashes";

    public Deduplicator(Duration window, AnalyzeMetrics metrics) {
        super(STORE, window, metrics);
    }

    public static StoreBuilder<KeyValueStore<String, String>> storeBuilder() {
        return storeBuilder(STORE);
    }

    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(Duration window, AnalyzeMetrics metrics) {
        return supplier(STORE, () -> new Deduplicator(window, metrics));
    }

    @Override
    String storeKey(Article article) {
        return article.id();
    }

    @Override
    String remembered(Article article) {
        return fingerprint(article);
    }

    @Override
    boolean repeats(String rememberedFingerprint, Article article) {
        return rememberedFingerprint.equals(fingerprint(article));
    }

    @Override
    void passedOver(String rememberedFingerprint, Article article, AnalyzeMetrics metrics) {
        if (!rememberedFingerprint.equals(fingerprint(article))) {
            metrics.article(AnalyzeMetrics.Stage.UPDATED);
        }
    }

    /** The content hash, and for a social post with counts the counts too ("hash|e:like,comment,share,view"). */
    static String fingerprint(Article article) {
        Engagement e = article.engagement();
        if (article.post() == null || e == null) {
            return article.contentHash();
        }
        return article.contentHash() + "|e:" + e.like() + "," + e.comment() + "," + e.share() + "," + e.view();
    }
}
