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
 * Exact dedup by canonical id and content hash, keyed by article id (input must be partitioned by id).
 *
 * <p>State: {@value #STORE} maps article id → "contentHash@epochMillis" of the last version passed on. A re-sent
 * identical article (same id, same hash) inside the window is dropped; a changed one (same id, new hash) passes as
 * an update (the index and the story replace the old version). An id is remembered for the window after it was last seen (pruned once an hour of stream time), which
 * bounds the store by the number of articles seen in one window. The same text under another id is
 * {@link SameTextDeduplicator}'s job, after a repartition by content hash.
 */
public final class Deduplicator implements FixedKeyProcessor<String, Article, Article> {

    public static final String STORE = "dedup-seen-hashes";

    private final long windowMs;
    private final AnalyzeMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, String> seen;

    public Deduplicator(Duration window, AnalyzeMetrics metrics) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("dedup window must be > 0 but was " + window);
        }
        this.windowMs = window.toMillis();
        this.metrics = metrics;
    }

    public static StoreBuilder<KeyValueStore<String, String>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String());
    }

    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(Duration window, AnalyzeMetrics metrics) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Article> get() {
                return new Deduplicator(window, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(storeBuilder());
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
        String previous = seen.get(article.id());
        long now = record.timestamp();
        String hash = article.contentHash();
        if (previous != null) {
            String previousHash = SeenEntries.value(previous);
            if (previousHash.equals(hash) && now - SeenEntries.seenAt(previous) <= windowMs) {
                seen.put(article.id(), SeenEntries.entry(hash, now));
                metrics.article(AnalyzeMetrics.Stage.DUPLICATE);
                return;
            }
            if (!previousHash.equals(hash)) {
                metrics.article(AnalyzeMetrics.Stage.UPDATED);
            }
        }
        seen.put(article.id(), SeenEntries.entry(hash, now));
        context.forward(record);
    }

    private void prune(long streamTime) {
        SeenEntries.prune(seen, streamTime, windowMs);
    }
}
