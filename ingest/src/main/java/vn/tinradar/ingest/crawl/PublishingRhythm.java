package vn.tinradar.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How often one source publishes, learned from the dates of the articles it sent: the newest
 * {@value #KEPT} distinct publication times are kept, and the usual gap is the 90th percentile of the gaps
 * between them. The 90th rather than the median, because news comes in bursts (a morning edition, then
 * nothing for hours): a median-based gap would call every quiet afternoon a silence.
 */
public final class PublishingRhythm {

    /** Enough items to span a few days of a busy paper or a few weeks of a portal. */
    static final int KEPT = 100;
    /** Fewer gaps than this say nothing about a rhythm yet. */
    static final int MIN_GAPS = 3;

    private final TreeSet<Instant> times = new TreeSet<>();

    /** Notes an article of this source published (or first seen, when it had no date) at {@code at}. */
    public synchronized void add(Instant at) {
        if (at == null) {
            return;
        }
        times.add(at);
        while (times.size() > KEPT) {
            times.pollFirst();
        }
    }

    /** The newest publication time seen, if any. */
    public synchronized Optional<Instant> last() {
        return times.isEmpty() ? Optional.empty() : Optional.of(times.last());
    }

    /** The usual time between two articles, once at least {@value #MIN_GAPS} gaps are known. */
    public synchronized Optional<Duration> usualGap() {
        if (times.size() < MIN_GAPS + 1) {
            return Optional.empty();
        }
        List<Long> gaps = new ArrayList<>(times.size() - 1);
        Instant previous = null;
        for (Instant t : times) {
            if (previous != null) {
                gaps.add(Duration.between(previous, t).toSeconds());
            }
            previous = t;
        }
        Collections.sort(gaps);
        int index = (int) Math.ceil(0.9 * gaps.size()) - 1;
        return Optional.of(Duration.ofSeconds(gaps.get(Math.max(0, index))));
    }
}
