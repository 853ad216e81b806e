package vn.tinradar.analyze.pipeline.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.BatchingStateRestoreCallback;
import org.apache.kafka.streams.processor.CommitCallback;
import org.apache.kafka.streams.processor.StateRestoreCallback;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.processor.internals.RecordBatchingStateRestoreCallback;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;

/**
 * The articles store (RocksDB, logged) that, on a standby task, also indexes what it restores from its changelog
 * into the task's Lucene shard, so the instance that takes the task over finds the shard complete instead of
 * rebuilding it (8 minutes at a million articles on two cores, docs/benchmarks.md).
 *
 * <p>Only a standby indexes: an active task restoring after a lost disk would otherwise stay unavailable for the
 * whole rebuild, while the processor's catch-up lets new articles, stories and alerts flow during it. The shard is
 * trusted only when it is as old as the store: a standby whose store holds articles the shard never saw (an index
 * deleted or rebuilt beside a kept store) marks it partial, and the take-over catches up as before. A record that
 * cannot be read or indexed marks it partial too; the restore itself never fails for the index.
 */
final class StandbyIndexingStore implements KeyValueStore<Bytes, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(StandbyIndexingStore.class);

    private final KeyValueStore<Bytes, byte[]> inner;
    private final TaskShards shards;
    private final Deserializer<StoredArticle> articles;
    private final AnalyzeMetrics metrics;
    private Path taskDir;
    private TaskId task;
    private final Function<StateStoreContext, TaskKind> kindOf;
    private TaskKind kind = () -> false;
    private boolean checked;

    /** @param kindOf how to tell a standby task from its context: {@link TaskKind#of} but in tests */
    StandbyIndexingStore(KeyValueStore<Bytes, byte[]> inner, TaskShards shards, Deserializer<StoredArticle> articles,
                         AnalyzeMetrics metrics, Function<StateStoreContext, TaskKind> kindOf) {
        this.inner = inner;
        this.shards = shards;
        this.articles = articles;
        this.metrics = metrics;
        this.kindOf = kindOf;
    }

    /** A persistent (RocksDB) store named {@code name} whose standby copies index into the task's shard. */
    static KeyValueBytesStoreSupplier supplier(String name, TaskShards shards, Deserializer<StoredArticle> articles,
                                               AnalyzeMetrics metrics) {
        KeyValueBytesStoreSupplier rocks = Stores.persistentKeyValueStore(name);
        return new KeyValueBytesStoreSupplier() {
            @Override
            public String name() {
                return rocks.name();
            }

            @Override
            public KeyValueStore<Bytes, byte[]> get() {
                return new StandbyIndexingStore(rocks.get(), shards, articles, metrics, TaskKind::of);
            }

            @Override
            public String metricsScope() {
                return rocks.metricsScope();
            }
        };
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        taskDir = context.stateDir().toPath();
        task = context.taskId();
        kind = kindOf.apply(context);
        inner.init(new RestoreHook(context), root);
    }

    /** Restores a batch into RocksDB, then, on a standby, into the shard. */
    void restore(RecordBatchingStateRestoreCallback rocks, Collection<ConsumerRecord<byte[], byte[]>> batch) {
        Optional<ArticleIndex> shard = kind.standby()
                ? shards.of(taskDir).flatMap(store -> store.shards().stream().findFirst()) : Optional.empty();
        if (shard.isPresent() && !checked) {
            checked = true;
            trustOrMarkPartial(shard.get());
        }
        rocks.restoreBatch(batch);
        shard.ifPresent(index -> index(index, batch));
    }

    private void trustOrMarkPartial(ArticleIndex index) {
        boolean storeHoldsArticles;
        try (KeyValueIterator<Bytes, byte[]> all = inner.all()) {
            storeHoldsArticles = all.hasNext();
        }
        if (storeHoldsArticles && index.documentCount() == 0) {
            index.markPartial();
        }
        LOG.info("event=standby-indexing task={} shardDocuments={} partial={}", task, index.documentCount(),
                index.partial());
    }

    private void index(ArticleIndex index, Collection<ConsumerRecord<byte[], byte[]>> batch) {
        long indexed = 0;
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            if (record.value() == null) {
                continue; // the articles store never deletes; a tombstone would be someone else's doing
            }
            try {
                index.upsertRestored(articles.deserialize(record.topic(), record.value()));
                indexed++;
            } catch (RuntimeException e) {
                // the take-over catches up from the store, which holds the record whatever became of it here
                index.markPartial();
                LOG.warn("event=standby-index-failed task={} changelogOffset={} error={}", task, record.offset(),
                        e.toString());
            }
        }
        metrics.standbyIndexed(indexed);
    }

    /** Streams' context, with the store's restore callback routed through {@link #restore}. */
    private final class RestoreHook implements StateStoreContext {
        private final StateStoreContext context;

        RestoreHook(StateStoreContext context) {
            this.context = context;
        }

        @Override
        public void register(StateStore store, StateRestoreCallback callback) {
            context.register(store, hooked(callback));
        }

        @Override
        public void register(StateStore store, StateRestoreCallback callback, CommitCallback onCommit) {
            context.register(store, hooked(callback), onCommit);
        }

        private RecordBatchingStateRestoreCallback hooked(StateRestoreCallback callback) {
            RecordBatchingStateRestoreCallback rocks = asRecordBatching(callback);
            return batch -> restore(rocks, batch);
        }

        @Override
        public String applicationId() {
            return context.applicationId();
        }

        @Override
        public TaskId taskId() {
            return context.taskId();
        }

        @Override
        public Optional<RecordMetadata> recordMetadata() {
            return context.recordMetadata();
        }

        @Override
        public org.apache.kafka.common.serialization.Serde<?> keySerde() {
            return context.keySerde();
        }

        @Override
        public org.apache.kafka.common.serialization.Serde<?> valueSerde() {
            return context.valueSerde();
        }

        @Override
        public java.io.File stateDir() {
            return context.stateDir();
        }

        @Override
        public StreamsMetrics metrics() {
            return context.metrics();
        }

        @Override
        public Map<String, Object> appConfigs() {
            return context.appConfigs();
        }

        @Override
        public Map<String, Object> appConfigsWithPrefix(String prefix) {
            return context.appConfigsWithPrefix(prefix);
        }
    }

    /** RocksDB registers a record-batching callback; any other kind is applied record by record. */
    private static RecordBatchingStateRestoreCallback asRecordBatching(StateRestoreCallback callback) {
        if (callback instanceof RecordBatchingStateRestoreCallback batching) {
            return batching;
        }
        if (callback instanceof BatchingStateRestoreCallback batching) {
            return batch -> {
                List<KeyValue<byte[], byte[]>> pairs = new ArrayList<>(batch.size());
                batch.forEach(r -> pairs.add(KeyValue.pair(r.key(), r.value())));
                batching.restoreAll(pairs);
            };
        }
        return batch -> batch.forEach(r -> callback.restore(r.key(), r.value()));
    }

    // the store itself: RocksDB's, unchanged

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void put(Bytes key, byte[] value) {
        inner.put(key, value);
    }

    @Override
    public byte[] putIfAbsent(Bytes key, byte[] value) {
        return inner.putIfAbsent(key, value);
    }

    @Override
    public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
        inner.putAll(entries);
    }

    @Override
    public byte[] delete(Bytes key) {
        return inner.delete(key);
    }

    @Override
    public byte[] get(Bytes key) {
        return inner.get(key);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
        return inner.range(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseRange(Bytes from, Bytes to) {
        return inner.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> all() {
        return inner.all();
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseAll() {
        return inner.reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(P prefix, PS prefixKeySerializer) {
        return inner.prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return inner.approximateNumEntries();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
        inner.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        inner.commit(changelogOffsets);
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return inner.committedOffset(partition);
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public void close() {
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }
}
