package vn.tinradar.analyze.pipeline.trends;

import java.time.Instant;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Turns each scored article into its trend hits, stamped with the earliest article time analyze has seen, relevant
 * or not (store {@value #STORE}, logged, so a restart keeps it): for a small province "no article about us yet" is
 * a count of zero from that time on, not "not watching yet" (issue 11, Kim Thành).
 */
public final class WatchStart implements Processor<String, ScoredArticle, String, TrendHit> {

    public static final String STORE = "trends-watching-since";
    private static final String KEY = "since";
    private static final Logger LOG = LoggerFactory.getLogger(WatchStart.class);

    private final TrendKeys trendKeys;
    private ProcessorContext<String, TrendHit> context;
    private KeyValueStore<String, Long> store;
    private long since = Long.MAX_VALUE;
    private long latestRecordTime = Long.MIN_VALUE;

    public WatchStart(TrendKeys trendKeys) {
        this.trendKeys = trendKeys;
    }

    public static ProcessorSupplier<String, ScoredArticle, String, TrendHit> supplier(TrendKeys trendKeys) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ScoredArticle, String, TrendHit> get() {
                return new WatchStart(trendKeys);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        Serdes.Long()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, TrendHit> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        Long stored = store.get(KEY);
        since = stored == null ? Long.MAX_VALUE : stored;
    }

    @Override
    public void process(Record<String, ScoredArticle> record) {
        latestRecordTime = Math.max(latestRecordTime, record.timestamp());
        // the same cap as the detector's: a mis-dated article from the future does not move the start
        long time = Math.min(TrendKeys.articleTime(record.value().article()),
                latestRecordTime + TrendDetector.FUTURE_TOLERANCE_MS);
        if (time > 0 && time < since) {
            since = time;
            store.put(KEY, since);
            LOG.info("event=trend-watching-since since={} article={}", Instant.ofEpochMilli(since),
                    record.value().id());
        }
        for (TrendHit hit : trendKeys.of(record.value())) {
            TrendHit stamped = since == Long.MAX_VALUE ? hit : hit.watchedSince(since);
            context.forward(record.withKey(hit.trendKey()).withValue(stamped));
        }
    }
}
