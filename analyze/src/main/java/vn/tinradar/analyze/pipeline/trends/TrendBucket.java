package vn.tinradar.analyze.pipeline.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of one trend key in one hop-long slice of article time (store {@value TrendDetector#BUCKETS_STORE});
 * a window is the sum of its slices, so hopping windows cost one write per article, not one per window.
 *
 * @param sources distinct source ids, at most {@link #MAX_SOURCES}
 * @param articleIds latest article ids, at most {@link #MAX_SAMPLES}
 * @param backfillCount how many of the articles arrived later than the grace (0 in slices written before it was kept)
 * @param negativeIds latest negative article ids, at most {@link #MAX_SAMPLES} (none in slices written before they
 *                    were kept)
 */
public record TrendBucket(long count, long negativeCount, List<String> sources, List<String> articleIds,
                          long backfillCount, List<String> negativeIds) {

    static final int MAX_SOURCES = 50;
    static final int MAX_SAMPLES = 10;

    static TrendBucket empty() {
        return new TrendBucket(0, 0, List.of(), List.of(), 0, List.of());
    }

    TrendBucket add(TrendHit hit, boolean backfill) {
        List<String> nextSources = new ArrayList<>(sources);
        if (hit.sourceId() != null && !nextSources.contains(hit.sourceId()) && nextSources.size() < MAX_SOURCES) {
            nextSources.add(hit.sourceId());
        }
        List<String> negatives = negativeIds == null ? List.of() : negativeIds;
        return new TrendBucket(count + 1, negativeCount + (hit.negative() ? 1 : 0), List.copyOf(nextSources),
                latestFirst(articleIds, hit.articleId()), backfillCount + (backfill ? 1 : 0),
                hit.negative() ? latestFirst(negatives, hit.articleId()) : negatives);
    }

    private static List<String> latestFirst(List<String> ids, String id) {
        List<String> next = new ArrayList<>(ids);
        next.remove(id);
        next.add(0, id);
        return List.copyOf(next.size() > MAX_SAMPLES ? next.subList(0, MAX_SAMPLES) : next);
    }
}
