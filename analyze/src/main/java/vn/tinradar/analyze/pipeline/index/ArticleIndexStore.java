package vn.tinradar.analyze.pipeline.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.StateStoreProvider;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;

/**
 * The Lucene index as a Kafka Streams state store: one per task, in the task's state directory, so Streams
 * assigns, moves and cleans it with its partition. It is not logged: it is derived from the logged
 * {@value IndexingProcessor#ARTICLES_STORE} store and caught up from it on start (see {@link ArticleIndex}); on a
 * standby task, the articles store indexes here what it restores ({@link StandbyIndexingStore}), so a take-over
 * finds the shard complete. Streams commits it with the task, so the offsets it records are the ones the task
 * committed or fewer.
 */
public final class ArticleIndexStore implements StateStore, LocalShards, AnalyzeMetrics.IndexGauges {

    /** Queries see every local shard through this type ({@code streams.store(...)}). */
    public static final QueryableStoreType<LocalShards> QUERYABLE = new QueryableStoreType<>() {
        @Override
        public boolean accepts(StateStore store) {
            return store instanceof ArticleIndexStore;
        }

        @Override
        public LocalShards create(StateStoreProvider provider, String storeName) {
            // the provider hands back the stores themselves (this type accepts only ArticleIndexStore)
            return () -> provider.stores(storeName, this).stream().flatMap(s -> s.shards().stream()).toList();
        }
    };

    private final String name;
    private final int ramBufferMb;
    private final long durableCommitIntervalMs;
    private long lastDurableCommit;
    private final AnalyzeMetrics metrics;
    private final TaskShards shards;
    private volatile ArticleIndex index;
    private Path taskDir;
    private TaskKind kind = () -> false;

    ArticleIndexStore(String name, int ramBufferMb, long durableCommitIntervalMs, AnalyzeMetrics metrics,
                      TaskShards shards) {
        this.name = name;
        this.ramBufferMb = ramBufferMb;
        this.durableCommitIntervalMs = durableCommitIntervalMs;
        this.metrics = metrics;
        this.shards = shards;
    }

    static StoreBuilder<ArticleIndexStore> builder(String name, AnalyzeConfig config, AnalyzeMetrics metrics,
                                                   TaskShards shards) {
        return new UnloggedStoreBuilder<>(name, () -> new ArticleIndexStore(name, config.indexRamBufferMb(),
                config.indexCommitIntervalMs(), metrics, shards));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        taskDir = context.stateDir().toPath();
        index = ArticleIndex.open(taskDir.resolve(name), ramBufferMb);
        kind = TaskKind.of(context);
        // nothing to restore from a changelog of its own: the processor catches the index up from the articles
        // store, and on a standby that store indexes here what it restores
        context.register(root, (key, value) -> { });
        shards.opened(taskDir, this);
        metrics.addShard(this);
    }

    /** Whether the task is a standby here now: a standby becomes active in place, its stores staying open. */
    @Override
    public boolean standby() {
        return kind.standby();
    }

    @Override
    public long documentCount() {
        return index().documentCount();
    }

    @Override
    public long sizeBytes() {
        return index().sizeBytes();
    }

    /** The shard; throws when the store is not open (task not running here). */
    public ArticleIndex index() {
        ArticleIndex current = index;
        if (current == null) {
            throw new IllegalStateException("index store " + name + " is not open");
        }
        return current;
    }

    @Override
    public List<ArticleIndex> shards() {
        ArticleIndex current = index;
        return current == null ? List.of() : List.of(current);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
        ArticleIndex current = index;
        if (current == null) {
            return;
        }
        // searches refresh the reader themselves; the fsync'ed Lucene commit is throttled, which is safe:
        // an index behind the articles store is caught up from it at the next start
        long now = System.currentTimeMillis();
        if (now - lastDurableCommit >= durableCommitIntervalMs) {
            current.commit();
            lastDurableCommit = now;
        }
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        flush();
    }

    @Override
    public void close() {
        ArticleIndex current = index;
        index = null;
        if (current != null) {
            shards.closed(taskDir, this);
            metrics.removeShard(this);
            current.close();
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public boolean isOpen() {
        return index != null;
    }
}
