package vn.tinradar.deploy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.query.trends.TrendWatch;

/**
 * The {@code trends} component of {@code /health} (issue 11): whether the partitions analyze processes here are
 * watched for trend bursts. A partition not watched yet raises no burst of its own: a warning for ops, never a
 * reason to be not ready, and the JSON says so ({@code affectsReadiness: false}).
 */
final class TrendWatchHealth {

    private TrendWatchHealth() {
    }

    /** The component for the partitions the service processes here; a failed read is shown, never thrown. */
    static Map<String, Object> of(AnalyzeService analyze) {
        try {
            return describe(analyze.localTrendWatch());
        } catch (RuntimeException e) {
            // /health must answer whatever this warning's read meets (a store closing under it, a stopping app)
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("affectsReadiness", false);
            component.put("unreadable", e.toString());
            return component;
        }
    }

    static Map<String, Object> describe(TrendWatch watch) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("affectsReadiness", false);
        component.put("partitions", watch.partitions());
        component.put("watching", watch.watching());
        if (watch.partlyBlind()) {
            component.put("warning", warning(watch));
        }
        List<Map<String, Object>> partitions = new ArrayList<>();
        for (PartitionWatch p : watch.byPartition()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("partition", p.partition());
            if (p.watching()) {
                one.put("watchingSince", p.watchingSince().toString());
            } else {
                one.put("watching", false);
                one.put("articlesPastDay", p.articlesPastDay());
                one.put("needed", watch.minArticlesPerDay());
            }
            partitions.add(one);
        }
        component.put("byPartition", partitions);
        component.put("setting", watch.setting());
        return component;
    }

    /** "not watching for trend bursts on 2 of 3 partitions: …", with the busiest of their past days. */
    private static String warning(TrendWatch watch) {
        long notWatched = watch.partitions() - watch.watching();
        long busiest = watch.byPartition().stream().filter(p -> !p.watching())
                .mapToLong(PartitionWatch::articlesPastDay).max().orElse(0);
        return "not watching for trend bursts on " + notWatched + " of " + watch.partitions() + " partitions: "
                + (notWatched == 1 ? "" : "at most ") + busiest + " articles in the past 24 hours, "
                + watch.minArticlesPerDay() + " needed (" + watch.setting() + ")";
    }
}
