package vn.tinradar.analyze.pipeline.trends;

import java.time.Instant;

/**
 * Whether analyze watches one partition of {@code articles.scored} for trend bursts (issue 11): since when, or, not
 * yet, how many articles the past day held against the day's volume {@link WatchStart} waits for.
 *
 * @param partition       the partition of {@code articles.scored} (one analyze task)
 * @param watchingSince   when watching began (the end of the first hour whose past day held the volume); null when not
 *                        watching yet
 * @param articlesPastDay articles counted in the 24 hours up to and including the current hour while not watching;
 *                        null once watching (the count is no longer kept then)
 */
public record PartitionWatch(int partition, Instant watchingSince, Long articlesPastDay) {

    static PartitionWatch watching(int partition, Instant since) {
        return new PartitionWatch(partition, since, null);
    }

    static PartitionWatch notWatching(int partition, long articlesPastDay) {
        return new PartitionWatch(partition, null, articlesPastDay);
    }

    public boolean watching() {
        return watchingSince != null;
    }
}
