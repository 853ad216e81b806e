package vn.tinradar.analyze.pipeline.dedup;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
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
 * What both dedup steps share: a logged store maps a key of the article to "value@epochMillis", one remembered
 * value and when the key was last seen; an article that repeats what is remembered within the window is dropped
 * (and refreshes the entry), any other is passed on and remembered. Entries are pruned once an hour of stream
 * time when their key was not seen for the window, which bounds the store by the articles of one window. The
 * subclasses say what the key, the remembered value and a repeat are.
 */
abstract class WindowedDeduplicator implements FixedKeyProcessor<String, Article, Article> {

    private final String storeName;
    private final long windowMs;
    private final AnalyzeMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, String> seen;

    WindowedDeduplicator(String storeName, Duration window, AnalyzeMetrics metrics) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("dedup window must be > 0 but was " + window);
        }
        this.storeName = storeName;
        this.windowMs = window.toMillis();
        this.metrics = metrics;
    }

    /** The store key {@code article} is remembered under. */
    abstract String storeKey(Article article);

    /** What is remembered of {@code article} under its key. */
    abstract String remembered(Article article);

    /** Whether {@code article} repeats the one whose {@code remembered} value is stored under its key. */
    abstract boolean repeats(String remembered, Article article);

    /** Called when {@code article} passes although its key was seen before; counts updates, if any. */
    void passedOver(String remembered, Article article, AnalyzeMetrics metrics) {
    }

    static StoreBuilder<KeyValueStore<String, String>> storeBuilder(String storeName) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), Serdes.String());
    }

    static FixedKeyProcessorSupplier<String, Article, Article> supplier(String storeName,
                                                                       Supplier<WindowedDeduplicator> processor) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Article> get() {
                return processor.get();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(storeBuilder(storeName));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::prune);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        String key = storeKey(article);
        String previous = seen.get(key);
        long now = record.timestamp();
        if (previous != null) {
            String remembered = SeenEntries.value(previous);
            if (repeats(remembered, article) && now - SeenEntries.seenAt(previous) <= windowMs) {
                seen.put(key, SeenEntries.entry(remembered, now));
                metrics.article(AnalyzeMetrics.Stage.DUPLICATE);
                return;
            }
            passedOver(remembered, article, metrics);
        }
        seen.put(key, SeenEntries.entry(remembered(article), now));
        context.forward(record);
    }

    private void prune(long streamTime) {
        SeenEntries.prune(seen, streamTime, windowMs);
    }
}
