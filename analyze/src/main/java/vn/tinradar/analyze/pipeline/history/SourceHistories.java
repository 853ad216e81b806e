package vn.tinradar.analyze.pipeline.history;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import vn.tinradar.analyze.score.suspicion.SourceHistory;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * When each source's domain was first seen, kept in the logged store {@value #STORE} ("sourceId|domain" →
 * {@link DomainSeen}) of the task that holds the source: the topology partitions by source id before this step,
 * so one task sees every article of a source. First seen is the earliest article time (published, else fetched),
 * never later than its arrival, so a site whose old archive is crawled later is known to be old. The task also
 * remembers when it began ({@value #SINCE_KEY}), so a domain first seen at the very start is not taken as young.
 * One small record per source and domain, kept for good.
 */
public final class SourceHistories {

    public static final String STORE = "source-first-seen";
    static final String SINCE_KEY = "\u0000monitoring-since";

    private final KeyValueStore<String, DomainSeen> store;

    public SourceHistories(KeyValueStore<String, DomainSeen> store) {
        this.store = store;
    }

    public static StoreBuilder<KeyValueStore<String, DomainSeen>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(DomainSeen.class));
    }

    /**
     * Counts one article of its source and returns the source's history including it.
     *
     * @param arrival record time of the article (when it reached Kafka)
     */
    public SourceHistory observe(Article a, long arrival) {
        DomainSeen since = store.get(SINCE_KEY);
        if (since == null) {
            since = new DomainSeen("", arrival, 0);
            store.put(SINCE_KEY, since);
        }
        String domain = domain(a);
        String key = a.sourceId() + "|" + domain;
        long time = Math.min(articleTime(a, arrival), arrival);
        DomainSeen seen = store.get(key);
        DomainSeen next = seen == null ? new DomainSeen(domain, time, 1)
                : new DomainSeen(domain, Math.min(seen.firstSeenMs(), time), seen.articles() + 1);
        store.put(key, next);
        return new SourceHistory(a.sourceId(), domain, Instant.ofEpochMilli(next.firstSeenMs()),
                Instant.ofEpochMilli(since.firstSeenMs()), next.articles());
    }

    /** The article's host without "www." or "m.", lower case; the source id when the URL has none. */
    static String domain(Article a) {
        try {
            String host = a.url() == null ? null : URI.create(a.url()).getHost();
            if (host != null && !host.isBlank()) {
                host = host.toLowerCase(Locale.ROOT);
                return host.replaceFirst("^(www|m|mobile)\\.", "");
            }
        } catch (IllegalArgumentException e) {
            // an address ingest let through but URI refuses: fall back to the source
        }
        return a.sourceId();
    }

    private static long articleTime(Article a, long arrival) {
        if (a.published() != null) {
            return a.published().toInstant().toEpochMilli();
        }
        return a.fetchedAt() != null ? a.fetchedAt().toEpochMilli() : arrival;
    }
}
