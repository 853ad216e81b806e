package vn.tinradar.analyze.query.trends;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;

/**
 * Whether analyze watches for trend bursts, over the partitions known (issue 11): a partition not watched yet raises
 * no burst of its own, only a log line said so before. A warning for staff and ops, never a reason to be not ready.
 *
 * @param setting           the setting that decides when watching begins, as written in the settings file
 * @param minArticlesPerDay its value: articles a partition must carry within a day
 * @param partitions        partitions whose state is known (this instance's, and those of the instances that answered)
 * @param watching          how many of them are watched
 * @param byPartition       each known partition, in partition order
 * @param unansweredBy      other instances (host:port) that hold partitions but did not answer in time
 */
public record TrendWatch(String setting, int minArticlesPerDay, int partitions, int watching,
                         List<PartitionWatch> byPartition, List<String> unansweredBy) {

    public static final String SETTING = "analyze.trend-watch-min-articles-per-day";

    /** The summary of the partitions given; a partition listed twice (read during a rebalance) counts once. */
    public static TrendWatch of(int minArticlesPerDay, List<PartitionWatch> known, List<String> unansweredBy) {
        Map<Integer, PartitionWatch> byNumber = new LinkedHashMap<>();
        known.stream().sorted(Comparator.comparingInt(PartitionWatch::partition))
                .forEach(p -> byNumber.putIfAbsent(p.partition(), p));
        List<PartitionWatch> partitions = List.copyOf(byNumber.values());
        int watching = (int) partitions.stream().filter(PartitionWatch::watching).count();
        return new TrendWatch(SETTING, minArticlesPerDay, partitions.size(), watching, partitions,
                List.copyOf(unansweredBy));
    }

    /** True when some known partition is not watched yet: the case staff and ops must see. */
    public boolean partlyBlind() {
        return watching < partitions;
    }
}
