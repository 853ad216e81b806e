package vn.tinradar.analyze.pipeline.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.tinradar.common.event.EngagementObservation;

/**
 * The value of {@value EngagementHistories#STORE}: a post's observations that changed its counts, oldest first,
 * at most {@link #MAX} of them (the first is always kept, so "from 20 to 3,000" stays true however long the post
 * is followed), and when the post was last seen (epoch ms), for pruning.
 */
public record EngagementSeries(List<EngagementObservation> observations, long lastSeenMs) {

    /** Enough for two days of hourly polls; older middle points add nothing a card or a rate needs. */
    public static final int MAX = 48;

    public EngagementSeries {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    /** This series with {@code next} appended when its counts differ from the last ones, trimmed to {@link #MAX}. */
    EngagementSeries with(EngagementObservation next, long seenMs) {
        if (!observations.isEmpty()
                && Objects.equals(observations.get(observations.size() - 1).counts(), next.counts())) {
            return new EngagementSeries(observations, seenMs);
        }
        List<EngagementObservation> out = new ArrayList<>(observations);
        out.add(next);
        // an export read late may hold an older observation than the last poll's: the series stays in time order
        out.sort(Comparator.comparing(EngagementObservation::at));
        while (out.size() > MAX) {
            out.remove(1);
        }
        return new EngagementSeries(out, seenMs);
    }
}
