package vn.tinradar.analyze.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.common.utils.Utils;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.analyze.pipeline.intake.Normalizer;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.analyze.training.ArticleLines;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.province.Provinces;

/**
 * Builds the Lucene shards of a default analyze instance (3 partitions of {@code articles.scored}, an article in
 * the partition Kafka's default partitioner gives its id) from a file of {@code score} input lines: each line
 * normalised and scored with the bundled models on SCORING_THREADS threads, indexed on one thread as the index
 * step does ({@link ArticleIndex#upsert}, a durable commit every 100,000 articles, 32 MB RAM buffer). Prints the
 * time to build split into scoring and Lucene, the documents and bytes per shard, and the peak heap.
 *
 * <p>Run: {@code java -Xmx1g -Xlog:gc:file=gc.log YearIndexBuild INPUT.jsonl[.gz] INDEX_DIR [SCORING_THREADS]
 * [--append]}; INDEX_DIR must not hold an index yet, unless {@code --append} adds the lines to the one it holds.
 */
public final class YearIndexBuild {

    static final int SHARDS = 3;
    private static final int RAM_BUFFER_MB = 32;
    private static final int BATCH = 256;
    private static final long COMMIT_EVERY = 100_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Scored(long line, ScoredArticle article) {
    }

    private final ArticleScorer scorer;
    private final Normalizer normalizer = new Normalizer();
    private final AtomicLong scoringNanos = new AtomicLong();
    private final AtomicLong scoringCpuNanos = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    private YearIndexBuild(ArticleScorer scorer) {
        this.scorer = scorer;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: YearIndexBuild INPUT.jsonl[.gz] INDEX_DIR [SCORING_THREADS] [--append]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        // a build stopped at a durable commit goes on with the rest of the same generated stream
        boolean append = args.length > 3 && args[3].equals("--append");
        for (int s = 0; s < SHARDS && !append; s++) {
            Path shard = dir.resolve("shard-" + s);
            if (Files.isDirectory(shard) && Files.list(shard).findAny().isPresent()) {
                throw new IllegalArgumentException("index directory " + shard + " is not empty; give a new INDEX_DIR");
            }
        }
        long start = System.nanoTime();
        YearIndexBuild build = new YearIndexBuild(DefaultArticleScorer.load(null, Provinces.defaultProvince()));
        build.run(input, dir, threads, start);
    }

    private void run(Path input, Path dir, int threads, long start) throws Exception {
        List<ArticleIndex> shards = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            shards.add(ArticleIndex.open(dir.resolve("shard-" + s), RAM_BUFFER_MB));
        }
        BlockingQueue<List<Scored>> scored = new ArrayBlockingQueue<>(4 * threads);
        List<Scored> end = List.of();
        AtomicLong luceneNanos = new AtomicLong();
        AtomicLong luceneCpuNanos = new AtomicLong();
        AtomicLong indexed = new AtomicLong();
        Thread indexer = new Thread(() -> {
            try {
                for (List<Scored> batch; (batch = scored.take()) != end; ) {
                    long t0 = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    for (Scored s : batch) {
                        shards.get(shardOf(s.article().id())).upsert(s.article(), s.line());
                        if (indexed.incrementAndGet() % COMMIT_EVERY == 0) {
                            shards.forEach(ArticleIndex::commit);
                            progress(indexed.get(), start);
                        }
                    }
                    luceneNanos.addAndGet(System.nanoTime() - t0);
                    luceneCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "indexer");
        indexer.start();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(2 * threads);
        long lineNo = 0;
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> lines = new ArrayList<>(BATCH);
            long first = 1;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                lines.add(line);
                if (lines.size() == BATCH) {
                    submit(pool, inFlight, scored, lines, first);
                    lines = new ArrayList<>(BATCH);
                    first = lineNo + 1;
                }
            }
            submit(pool, inFlight, scored, lines, first);
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        scored.put(end);
        indexer.join();
        long closeStart = System.nanoTime();
        shards.forEach(ArticleIndex::close);
        long closeNanos = System.nanoTime() - closeStart;
        long wall = System.nanoTime() - start;

        List<ArticleIndex> reopened = new ArrayList<>();
        long docs = 0;
        long bytes = 0;
        StringBuilder perShard = new StringBuilder();
        for (int s = 0; s < SHARDS; s++) {
            ArticleIndex shard = ArticleIndex.open(dir.resolve("shard-" + s), RAM_BUFFER_MB);
            reopened.add(shard);
            docs += shard.documentCount();
            bytes += shard.sizeBytes();
            perShard.append(s == 0 ? "" : ",").append(shard.documentCount());
        }
        reopened.forEach(ArticleIndex::close);
        System.out.printf(Locale.ROOT, "event=index-built lines=%d rejected=%d docs=%d shard-docs=%s seconds=%.1f "
                        + "process-cpu-seconds=%.1f scoring-threads=%d scoring-seconds=%.1f scoring-cpu-seconds=%.1f "
                        + "lucene-seconds=%.1f lucene-cpu-seconds=%.1f close-seconds=%.1f index-bytes=%d "
                        + "bytes-per-article=%.0f heap-peak-mb=%d%n", lineNo, rejected.get(), docs, perShard, wall / 1e9,
                processCpuSeconds(), threads, scoringNanos.get() / 1e9, scoringCpuNanos.get() / 1e9,
                luceneNanos.get() / 1e9, luceneCpuNanos.get() / 1e9, closeNanos / 1e9, bytes,
                (double) bytes / Math.max(1, docs), heapPeakMb());
    }

    private void submit(ExecutorService pool, Semaphore inFlight, BlockingQueue<List<Scored>> out, List<String> lines,
                        long firstLine) throws InterruptedException {
        if (lines.isEmpty()) {
            return;
        }
        inFlight.acquire();
        pool.execute(() -> {
            try {
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                List<Scored> batch = score(lines, firstLine);
                scoringNanos.addAndGet(System.nanoTime() - t0);
                scoringCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                out.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.release();
            }
        });
    }

    private List<Scored> score(List<String> lines, long firstLine) {
        List<Scored> batch = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            long line = firstLine + i;
            try {
                var article = normalizer.normalize(ArticleLines.toArticle(Json.mapper().readTree(lines.get(i))));
                batch.add(new Scored(line, scorer.score(article)));
            } catch (IOException | RuntimeException e) {
                rejected.incrementAndGet();
                System.out.printf(Locale.ROOT, "event=line-rejected line=%d reason=\"%s\"%n", line, e.getMessage());
            }
        }
        return batch;
    }

    /** The partition Kafka's default partitioner gives a record keyed by {@code id}, so the shard that indexes it. */
    static int shardOf(String id) {
        return Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % SHARDS;
    }

    private static void progress(long indexed, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf(Locale.ROOT, "event=index-progress docs=%d seconds=%.0f per-second=%.0f "
                + "process-cpu-seconds=%.0f heap-used-mb=%d%n", indexed, seconds, indexed / seconds, processCpuSeconds(),
                heapMb);
    }

    /** CPU time of the whole process so far: scoring, indexing, Lucene's merge threads, GC, reading the input. */
    static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    }

    /** Sum of each heap pool's peak: an upper bound on the heap used at any one moment (the GC log has the detail). */
    public static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
