package vn.tinradar.analyze.pipeline.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The "value@epochMillis" entries both deduplicators keep: reading them and forgetting those past the window. */
final class SeenEntries {

    private SeenEntries() {
    }

    static String entry(String value, long seenAt) {
        return value + "@" + seenAt;
    }

    static String value(String entry) {
        return entry.substring(0, entry.lastIndexOf('@'));
    }

    static long seenAt(String entry) {
        return Long.parseLong(entry.substring(entry.lastIndexOf('@') + 1));
    }

    /** Deletes entries last seen more than {@code windowMs} before {@code streamTime}. */
    static void prune(KeyValueStore<String, String> store, long streamTime, long windowMs) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, String> kv = it.next();
                if (streamTime - seenAt(kv.value) > windowMs) {
                    expired.add(kv.key);
                }
            }
        }
        expired.forEach(store::delete);
    }
}
