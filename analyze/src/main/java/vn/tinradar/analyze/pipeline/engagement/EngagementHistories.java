package vn.tinradar.analyze.pipeline.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.EngagementObservation;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * Each social post's engagement over time, kept in the logged store {@value #STORE} (article id →
 * {@link EngagementSeries}) of the task that holds the post's source: the topology partitions by source before this
 * step, so every observation of one post meets here. A post not seen again for the retention is forgotten (pruned
 * by the caller's punctuation), which bounds the store by the posts of one retention. Press articles have none.
 */
public final class EngagementHistories {

    public static final String STORE = "engagement-observations";

    private final KeyValueStore<String, EngagementSeries> store;

    public EngagementHistories(KeyValueStore<String, EngagementSeries> store) {
        this.store = store;
    }

    public static StoreBuilder<KeyValueStore<String, EngagementSeries>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(EngagementSeries.class));
    }

    /**
     * Adds the post's counts as one observation and returns its series, this one included; an empty list for an
     * article with no post or no counts.
     *
     * @param arrival record time of the article, the observation's time when it has no fetch time
     */
    public List<EngagementObservation> observe(Article a, long arrival) {
        if (a.post() == null || a.engagement() == null) {
            return List.of();
        }
        Instant at = a.fetchedAt() != null ? a.fetchedAt() : Instant.ofEpochMilli(arrival);
        EngagementSeries known = store.get(a.id());
        EngagementSeries next = (known == null ? new EngagementSeries(List.of(), arrival) : known)
                .with(new EngagementObservation(at, a.engagement()), arrival);
        store.put(a.id(), next);
        return next.observations();
    }

    /** Forgets the posts last seen more than {@code retentionMs} before {@code streamTime}. */
    public void prune(long streamTime, long retentionMs) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, EngagementSeries> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, EngagementSeries> kv = it.next();
                if (streamTime - kv.value.lastSeenMs() > retentionMs) {
                    expired.add(kv.key);
                }
            }
        }
        expired.forEach(store::delete);
    }
}
