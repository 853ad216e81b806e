package vn.tinradar.analyze.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of one recovery went, read from the service's own log lines between two instants: the changelog
 * restore of each store partition ({@code event=restore-start/-end} of RestoreLog) and the Lucene catch-up of each
 * shard ({@code event=index-catch-up-started/index-caught-up} of IndexingProcessor). Partitions restore side by side,
 * so each figure is the time during which at least one of its intervals was open, not their sum.
 *
 * @param restoreMs time during which some store partition was restoring
 * @param perStore per store: records restored, and the time during which one of its partitions was restoring
 * @param luceneMs time during which some index shard was catching up
 * @param reindexed articles the catch-ups re-indexed
 * @param otherMs the rest of the total: joining the group, assignment, opening stores, the first search
 */
record RecoveryLogSplit(long restoreMs, Map<String, long[]> perStore, long luceneMs, long reindexed, long otherMs) {

    private static final Pattern LINE = Pattern.compile("^(\\S+) .*event=(\\S+)(.*)$");
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\S+)");

    /** Reads the lines logged from {@code from} to {@code to} (epoch ms) of a run that took {@code totalMs}. */
    static RecoveryLogSplit read(Path log, long from, long to, long totalMs) throws IOException {
        Map<String, Long> opened = new HashMap<>();
        Map<String, List<long[]>> storeIntervals = new TreeMap<>();
        Map<String, Long> records = new HashMap<>();
        List<long[]> restores = new ArrayList<>();
        List<long[]> catchUps = new ArrayList<>();
        long reindexed = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            long at;
            try {
                at = OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli();
            } catch (RuntimeException e) {
                continue; // a continuation line of a message, not a dated line
            }
            if (at < from || at > to) {
                continue;
            }
            Map<String, String> kv = pairs(m.group(3));
            switch (m.group(2)) {
                case "restore-start" -> opened.put("restore " + kv.get("changelog"), at);
                case "restore-end" -> {
                    long[] interval = {opened.getOrDefault("restore " + kv.get("changelog"), at), at};
                    restores.add(interval);
                    storeIntervals.computeIfAbsent(kv.get("store"), s -> new ArrayList<>()).add(interval);
                    records.merge(kv.get("store"), Long.parseLong(kv.getOrDefault("records", "0")), Long::sum);
                }
                case "index-catch-up-started" -> opened.put("index " + kv.get("task"), at);
                case "index-caught-up" -> {
                    catchUps.add(new long[] {opened.getOrDefault("index " + kv.get("task"), at), at});
                    reindexed += Long.parseLong(kv.getOrDefault("reindexed", "0"));
                }
                default -> { }
            }
        }
        Map<String, long[]> perStore = new TreeMap<>();
        storeIntervals.forEach((store, intervals) -> perStore.put(store,
                new long[] {records.getOrDefault(store, 0L), covered(intervals)}));
        List<long[]> both = new ArrayList<>(restores);
        both.addAll(catchUps);
        return new RecoveryLogSplit(covered(restores), perStore, covered(catchUps), reindexed,
                totalMs - covered(both));
    }

    /** The time during which at least one of the intervals was open. */
    static long covered(List<long[]> intervals) {
        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort((x, y) -> Long.compare(x[0], y[0]));
        long total = 0;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        for (long[] i : sorted) {
            if (i[0] > end) {
                total += end - start;
                start = i[0];
                end = i[1];
            } else {
                end = Math.max(end, i[1]);
            }
        }
        return total + (end - start);
    }

    private static Map<String, String> pairs(String rest) {
        Map<String, String> kv = new HashMap<>();
        Matcher m = PAIR.matcher(rest);
        while (m.find()) {
            kv.put(m.group(1), m.group(2));
        }
        return kv;
    }
}
