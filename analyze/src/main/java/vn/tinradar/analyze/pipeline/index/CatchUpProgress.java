package vn.tinradar.analyze.pipeline.index;

/**
 * How far one index shard has got in re-indexing its articles store after the task started here.
 *
 * @param shard the task the shard belongs to ({@code 3_1}: sub-topology 3, partition 1)
 * @param examined stored articles gone through so far
 * @param articles about how many the store holds (RocksDB's estimate, so {@code examined} may pass it)
 * @param reindexed of those examined, the ones the index's last commit did not cover
 */
public record CatchUpProgress(String shard, long examined, long articles, long reindexed) {

    CatchUpProgress next(boolean reindexedOne) {
        return new CatchUpProgress(shard, examined + 1, articles, reindexed + (reindexedOne ? 1 : 0));
    }
}
