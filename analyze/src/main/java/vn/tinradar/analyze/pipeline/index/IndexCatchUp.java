package vn.tinradar.analyze.pipeline.index;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Re-indexes a shard from its articles store one slice at a time, in key order, resuming after the last key done,
 * on a thread of its own ({@link #runToEnd}), one per shard.
 *
 * <p>Why not on the stream thread: while it ran there, the transaction of the thread's other tasks stayed open (a
 * catch-up of thousands of articles outlasted the producer's transaction timeout and got the thread fenced), and
 * between its slices the thread waited in poll, idle, so a shard of 100,000 articles took minutes more than Lucene
 * needs (docs/benchmarks.md, "Recovery after state loss"). The stream thread keeps processing and committing;
 * articles stored meanwhile are indexed by the processor, which the index remembers so the catch-up never writes
 * an older version over theirs ({@link ArticleIndex#reindexIfBehind}). Why slices still: a fresh store iterator per
 * slice, as one held open for the whole catch-up would pin an old RocksDB snapshot.
 */
final class IndexCatchUp {

    private final KeyValueStore<String, StoredArticle> articles;
    private final ArticleIndex index;
    private final long sliceNanos;
    private String lastKey;
    private volatile CatchUpProgress finished;
    private volatile boolean stopped;

    IndexCatchUp(KeyValueStore<String, StoredArticle> articles, ArticleIndex index, String shard, Duration slice) {
        this.articles = articles;
        this.index = index;
        this.sliceNanos = slice.toNanos();
        index.beginCatchUp(shard, articles.approximateNumEntries());
    }

    /**
     * Goes through the store for at most one slice of time (and at least one article, so it always moves on);
     * when it reaches the end, ends the catch-up and commits the index.
     *
     * @return true when the whole store has been gone through
     */
    boolean step() {
        if (finished != null) {
            return true;
        }
        long deadline = System.nanoTime() + sliceNanos;
        // a fresh iterator per slice: holding one open across commits would pin an old RocksDB snapshot
        try (KeyValueIterator<String, StoredArticle> it = lastKey == null ? articles.all()
                : articles.range(lastKey, null)) {
            while (it.hasNext()) {
                KeyValue<String, StoredArticle> next = it.next();
                if (next.key.equals(lastKey)) {
                    continue; // range() starts at the key done last
                }
                index.reindexIfBehind(next.value);
                lastKey = next.key;
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
            }
        }
        finished = index.catchUpProgress().orElseThrow();
        index.endCatchUp();
        return true;
    }

    /** Steps until the whole store is done or {@link #stop} is called; for the shard's catch-up thread. */
    void runToEnd() {
        while (!stopped && !step()) {
            // one slice per step, a fresh store iterator each time
        }
    }

    /** Makes {@link #runToEnd} return after the slice under way: the task is closing, its store with it. */
    void stop() {
        stopped = true;
    }

    /** What the whole catch-up did; empty until {@link #step} returned true. */
    Optional<CatchUpProgress> finished() {
        return Optional.ofNullable(finished);
    }
}
