package vn.tinradar.analyze.pipeline.dedup;

import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
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
public final class SameTextDeduplicator implements FixedKeyProcessor<String, Article, Article> {

    public static final String STORE = "dedup-same-text";
    public static final String REPARTITION = "dedup-by-content-hash";

    private final long windowMs;
    private final AnalyzeMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, String> seen;

    public SameTextDeduplicator(Duration window, AnalyzeMetrics metrics) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("dedup window must be > 0 but was " + window);
        }
        this.windowMs = window.toMillis();
        this.metrics = metrics;
    }

    /** The partitioning key of this step: copies by one source of one text meet in one task. */
    public static String key(Article a) {
        return a.sourceId() + "|" + a.contentHash();
    }

    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(Duration window, AnalyzeMetrics metrics) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Article> get() {
                return new SameTextDeduplicator(window, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        Serdes.String()));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::prune);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        String key = key(article);
        String previous = seen.get(key);
        long now = record.timestamp();
        if (previous != null) {
            String firstId = SeenEntries.value(previous);
            if (!firstId.equals(article.id()) && now - SeenEntries.seenAt(previous) <= windowMs) {
                seen.put(key, SeenEntries.entry(firstId, now));
                metrics.article(AnalyzeMetrics.Stage.DUPLICATE);
                return;
            }
        }
        seen.put(key, SeenEntries.entry(article.id(), now));
        context.forward(record);
    }

    private void prune(long streamTime) {
        SeenEntries.prune(seen, streamTime, windowMs);
    }
}
