package vn.tinradar.analyze.pipeline.dedup;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.common.event.Article;

/**
 * Drops the same text published again by the same source under another URL (a second feed, a mobile or
 * tracking-parameter URL the canonical link did not catch). Input must be keyed by {@link #key(Article)}.
 *
 * <p>State: {@value #STORE} maps "sourceId|contentHash" → "articleId@epochMillis" of the first copy, remembered for
 * the window after it was last seen. The same text from ANOTHER source is kept on purpose: spread across sites is
 * what the story clusterer counts as copies ({@code duplicateOf}) and what flags a seeded fabricated story.
 */
public final class SameTextDeduplicator extends WindowedDeduplicator {

    public static final String STORE = "dedup-same-text";
    public static final String REPARTITION = "dedup-by-content-hash";

    public SameTextDeduplicator(Duration window, AnalyzeMetrics metrics) {
        super(STORE, window, metrics);
    }

    /** The partitioning key of this step: copies by one source of one text meet in one task. */
    public static String key(Article a) {
        return a.sourceId() + "|" + a.contentHash();
    }

    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(Duration window, AnalyzeMetrics metrics) {
        return supplier(STORE, () -> new SameTextDeduplicator(window, metrics));
    }

    @Override
    String storeKey(Article article) {
        return key(article);
    }

    @Override
    String remembered(Article article) {
        return article.id();
    }

    /** Another id with the same text from the same source: the first copy passed, this one is a repeat. */
    @Override
    boolean repeats(String firstId, Article article) {
        return !firstId.equals(article.id());
    }
}
