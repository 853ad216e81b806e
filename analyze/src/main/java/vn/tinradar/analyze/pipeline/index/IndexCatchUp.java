package vn.tinradar.analyze.pipeline.index;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Re-indexes a shard from its articles store one slice at a time, in key order, resuming after the last key done.
 *
 * <p>Why slices: the catch-up runs on the stream thread, and while it runs the transaction of the thread's other
 * tasks stays open; a catch-up of thousands of articles outlasts the producer's transaction timeout, the broker
 * aborts the transaction and the thread is fenced, losing and restoring all its tasks. Between slices the thread
 * processes records and commits as usual. Articles stored meanwhile are indexed by the processor itself, and one
 * changed behind the resume key was indexed by it in its new version, so a slice reads the store as it is now.
 */
final class IndexCatchUp {

    private final KeyValueStore<String, StoredArticle> articles;
    private final ArticleIndex index;
    private final long sliceNanos;
    private String lastKey;
    private CatchUpProgress finished;

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

    /** What the whole catch-up did; empty until {@link #step} returned true. */
    Optional<CatchUpProgress> finished() {
        return Optional.ofNullable(finished);
    }
}
