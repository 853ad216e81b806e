package vn.tinradar.alerts.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A ledger held in memory: the cache behind the Kafka ledger, and a whole ledger for a single run. */
public class MemoryLedger implements Ledger {

    private final ConcurrentSkipListMap<String, String> entries = new ConcurrentSkipListMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, String value) {
        entries.put(key, value);
    }

    /** Remembers an entry read back from durable storage. */
    protected void restore(String key, String value) {
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, value);
        }
    }

    @Override
    public Map<String, String> entries(String prefix) {
        // a sorted copy: audit entries must come back in time order
        return java.util.Collections.unmodifiableSortedMap(
                new java.util.TreeMap<>(entries.subMap(prefix, prefix + Character.MAX_VALUE)));
    }
}
