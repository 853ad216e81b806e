package vn.tinradar.analyze.pipeline.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import vn.tinradar.common.forecast.DailyCounts;
import vn.tinradar.common.text.VnTime;

/**
 * A trend key's articles per Vietnam day, summed from the slices of a trend window's bucket store: the same articles
 * the trends count (relevant to the province, topics above the trend threshold, no weather report under disaster).
 *
 * <p>A slice is counted on the Vietnam day its start falls in, so the days are exact when the window's hop divides an
 * hour (the default day window hops by an hour). The series starts on the key's first counted day within the range:
 * before it the store knows nothing, which is not the same as zero articles (a story did not exist yet; a fresh
 * installation had not counted yet).
 */
public final class DailyTrendCounts {

    private DailyTrendCounts() {
    }

    /** The counts of {@code trendKey} ({@code kind:key}) from {@code first} to {@code last} inclusive. */
    public static DailyCounts read(ReadOnlyKeyValueStore<String, TrendBucket> buckets, String trendKey,
                                   LocalDate first, LocalDate last) {
        long from = first.atStartOfDay(VnTime.ZONE).toInstant().toEpochMilli();
        long until = last.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant().toEpochMilli();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        try (KeyValueIterator<String, TrendBucket> it = buckets.range(TrendDetector.bucketKey(trendKey, from),
                TrendDetector.bucketKey(trendKey, until - 1))) {
            while (it.hasNext()) {
                KeyValue<String, TrendBucket> slice = it.next();
                long start = Long.parseLong(slice.key.substring(slice.key.lastIndexOf('|') + 1));
                LocalDate day = Instant.ofEpochMilli(start).atZone(VnTime.ZONE).toLocalDate();
                byDay.merge(day, slice.value.count(), Long::sum);
            }
        }
        LocalDate start = byDay.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .findFirst().orElse(last.plusDays(1));
        return DailyCounts.of(trendKey, byDay, start, last);
    }
}
