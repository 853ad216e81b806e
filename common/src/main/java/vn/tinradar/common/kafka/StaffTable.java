package vn.tinradar.common.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compacted topic read through the global store that mirrors it: writes go to the topic, reads come from the
 * store, so every instance sees the same records and they survive restarts. A write returns once this instance's
 * store shows it (the global thread reads the topic asynchronously), so a list right after a save includes it.
 */
public final class StaffTable<V> {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTable.class);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    private final Topic<String, V> topic;
    private final StaffWriter writer;
    private final Supplier<Optional<ReadOnlyKeyValueStore<String, V>>> store;

    /** @param store the global store, or empty while the application is not running yet */
    public StaffTable(Topic<String, V> topic, StaffWriter writer,
                      Supplier<Optional<ReadOnlyKeyValueStore<String, V>>> store) {
        this.topic = topic;
        this.writer = writer;
        this.store = store;
    }

    public void put(String key, V value) {
        writer.write(topic, key, value);
        awaitVisible(key, value);
    }

    public void delete(String key) {
        writer.write(topic, key, null);
        awaitVisible(key, null);
    }

    public Optional<V> get(String key) {
        try {
            return store.get().map(s -> s.get(key));
        } catch (InvalidStateStoreException e) {
            return Optional.empty(); // rebalancing: the global store is back in a moment
        }
    }

    /** Every record, in key order. */
    public List<V> values() {
        return range(null, null);
    }

    /**
     * Every record in key order, or empty while the store cannot be read (not started, or being restored): unlike
     * {@link #values()}, this tells "no records" apart from "cannot tell yet".
     */
    public Optional<List<V>> readableValues() {
        Optional<ReadOnlyKeyValueStore<String, V>> s = store.get();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<V> out = new ArrayList<>();
        try (KeyValueIterator<String, V> it = s.get().all()) {
            it.forEachRemaining(kv -> out.add(kv.value));
            return Optional.of(out);
        } catch (InvalidStateStoreException e) {
            return Optional.empty();
        }
    }

    /** Records whose key is in [from, to] (null bounds are open), in key order. */
    public List<V> range(String from, String to) {
        List<V> out = new ArrayList<>();
        store.get().ifPresent(s -> {
            try (KeyValueIterator<String, V> it = from == null && to == null ? s.all() : s.range(from, to)) {
                it.forEachRemaining(kv -> out.add(kv.value));
            } catch (InvalidStateStoreException e) {
                out.clear();
            }
        });
        return out;
    }

    private void awaitVisible(String key, V value) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<V> now = get(key);
            if (now.isPresent() ? Objects.equals(now.get(), value) : value == null && store.get().isPresent()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // written and acknowledged: it will show; the caller need not fail
        LOG.warn("event=staff-record-not-visible-yet topic={} key={} waitedMs={}", topic.name(), key,
                VISIBLE_WITHIN.toMillis());
    }
}
