package vn.tinradar.analyze.pipeline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * The reviewed claims every analyze instance matches articles against. Source: the compacted {@code claims} topic
 * (claim id → Claim) in the global store {@value #STORE}, so every instance holds all of them. The in-memory
 * {@link ClaimIndex} is derived from the store: the global processor marks it stale on each change and the next
 * article rebuilds it, which also covers a start-up where Streams restored the store without the processor.
 * One catalog per topology; shared by the global thread (writes) and the stream threads (reads).
 */
public final class ClaimsCatalog {

    public static final String STORE = "claims-by-id";
    public static final String SOURCE = "claims-in";
    public static final String PROCESSOR = "claims-store-update";
    private static final Logger LOG = LoggerFactory.getLogger(ClaimsCatalog.class);

    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile ClaimIndex index = ClaimIndex.EMPTY;

    /** The global store: never logged (the topic itself is its changelog). */
    public static StoreBuilder<KeyValueStore<String, Claim>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(Claim.class)).withLoggingDisabled();
    }

    /** Keeps the global store in step with the topic; a tombstone removes a claim. */
    public ProcessorSupplier<String, Claim, Void, Void> updater() {
        return () -> new Processor<>() {
            private KeyValueStore<String, Claim> store;

            @Override
            public void init(ProcessorContext<Void, Void> context) {
                store = context.getStateStore(STORE);
            }

            @Override
            public void process(Record<String, Claim> record) {
                if (record.key() == null) {
                    return;
                }
                if (record.value() == null) {
                    store.delete(record.key());
                } else {
                    store.put(record.key(), record.value());
                }
                stale.set(true);
            }
        };
    }

    /** The index of the active claims now in {@code store}, rebuilt first when a claim changed. */
    public ClaimIndex current(ReadOnlyKeyValueStore<String, Claim> store) {
        if (stale.getAndSet(false)) {
            synchronized (this) {
                List<Claim> all = new ArrayList<>();
                try (KeyValueIterator<String, Claim> it = store.all()) {
                    it.forEachRemaining(kv -> all.add(kv.value));
                }
                index = ClaimIndex.of(all);
                LOG.info("event=claims-indexed active={} total={}", index.size(), all.size());
            }
        }
        return index;
    }
}
