package vn.tinradar.ingest.bench;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.MemoryStateStore;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.TestConfigs;
import vn.tinradar.ingest.crawl.ArticleSink;

/**
 * One poll cycle over many feeds, through the real {@link IngestService} (scheduler, host lanes, politeness,
 * HTTP, parsing, extraction, crawl state), against a {@link FeedFarm} in a child JVM. Four cycles, each a fresh
 * service on the crawl state the previous one left, timed from {@code start()} until every feed was polled once:
 * <ol>
 *   <li>{@code cold}: empty state, every feed new, one fresh article each (19 stale items skipped by date);</li>
 *   <li>{@code one-new}, then {@code one-new-again} (the JIT warmer still): every feed has one more article: full
 *       body, parse, one page, one article each;</li>
 *   <li>{@code unchanged}: nothing changed: one conditional GET answered 304 per feed.</li>
 * </ol>
 * Articles are serialised to JSON (as the Kafka sink does) and counted, not sent to a broker.
 *
 * <p>Arguments: {@code feeds feeds-per-host per-host-min-interval-ms poll-threads global-concurrency}
 * (defaults 5000 5 1000 64 8). Run: see "Ingest: polling many feeds" in docs/benchmarks.md.
 */
public final class ManyFeedsBench {

    public static void main(String[] args) throws Exception {
        int feeds = arg(args, 0, 5000);
        int perHost = arg(args, 1, 5);
        int intervalMs = arg(args, 2, 1000);
        int pollThreads = arg(args, 3, 64);
        int global = arg(args, 4, 8);
        Process farm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), FeedFarm.class.getName(), "8")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(farm.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("port=")) {
                throw new IllegalStateException("feed farm did not start: " + line);
            }
            int port = Integer.parseInt(line.substring(5));
            int hosts = (feeds + perHost - 1) / perHost;
            SourceRegistry registry = SourceRegistry.parse("bench-sources.yaml", registry(feeds, perHost, port));
            IngestConfig config = TestConfigs.with("""
                    per-host-min-interval-ms: %d
                    poll-threads: %d
                    global-concurrency: %d
                    """.formatted(intervalMs, pollThreads, global));
            System.out.printf("bench=many-feeds feeds=%d hosts=%d per-host-min-interval-ms=%d poll-threads=%d"
                    + " global-concurrency=%d cores=%d%n", feeds, hosts, intervalMs, pollThreads, global,
                    Runtime.getRuntime().availableProcessors());
            MemoryStateStore state = new MemoryStateStore();
            Map<String, Integer> generations = new LinkedHashMap<>();
            generations.put("cold", 1);
            generations.put("one-new", 2);
            generations.put("one-new-again", 3);
            generations.put("unchanged", 3);
            for (Map.Entry<String, Integer> cycle : generations.entrySet()) {
                get("http://127.0.0.1:" + port + "/_bench/generation/" + cycle.getValue());
                cycle(cycle.getKey(), config, registry, state, feeds, farm.pid());
            }
        } finally {
            farm.destroy();
        }
    }

    private static void cycle(String name, IngestConfig config, SourceRegistry registry, MemoryStateStore state,
                              int feeds, long farmPid) throws Exception {
        CountingSink sink = new CountingSink();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long farmCpuBefore = cpuMillis(farmPid);
        Map<String, Long> threadsBefore = cpuByThread();
        long start = System.nanoTime();
        double seconds;
        double cpu;
        Map<String, Long> threadsAfter;
        try (IngestService service = new IngestService(config, registry, sink, state, meters, Clock.systemUTC())) {
            service.start();
            while (service.feedsPolled() < feeds) {
                Thread.sleep(50);
                if (System.nanoTime() - start > 900_000_000_000L) {
                    throw new IllegalStateException("gave up after 15 min at " + service.feedsPolled() + " feeds");
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
            cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            threadsAfter = cpuByThread(); // before close: the poll threads end with the service
        }
        double farmCpu = (cpuMillis(farmPid) - farmCpuBefore) / 1e3;
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        double fetches = meters.find("tinradar.ingest.fetches").counters().stream().mapToDouble(c -> c.count()).sum();
        double notModified = meters.find("tinradar.ingest.feed.polls").tag("result", "not-modified").counters().stream()
                .mapToDouble(c -> c.count()).sum();
        System.out.printf("cycle=%s seconds=%.1f feeds-per-s=%.0f fetches=%.0f not-modified=%.0f articles=%d"
                        + " rejected=%d crawler-cpu-s=%.1f farm-cpu-s=%.1f heap-after-gc-mb=%d rss-mb=%d peak-rss-mb=%d%n",
                name, seconds, feeds / seconds, fetches, notModified, sink.articles.get(), sink.rejected.get(), cpu,
                farmCpu, heapMb, status("VmRSS"), status("VmHWM"));
        System.out.println("cycle=" + name + " crawler-cpu-s-by-thread:" + cpuByKind(threadsBefore, threadsAfter));
    }

    /** CPU milliseconds of each live thread of this JVM (by kind: poll, http, jit, gc, other, and id), from /proc. */
    private static Map<String, Long> cpuByThread() throws IOException {
        Map<String, Long> byThread = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    String kind = comm.startsWith("ingest-poll") ? "poll" : comm.startsWith("HttpClient") ? "http"
                            : comm.contains("Compiler") ? "jit" : comm.startsWith("GC") || comm.startsWith("G1") ? "gc"
                            : "other";
                    byThread.put(kind + "/" + task.getFileName(), ticks(Files.readString(task.resolve("stat"))) * 10);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return byThread;
    }

    /** CPU seconds per thread kind spent between two {@link #cpuByThread} snapshots, by threads alive at the end. */
    private static String cpuByKind(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        after.forEach((thread, ms) -> byKind.merge(thread.substring(0, thread.indexOf('/')),
                ms - before.getOrDefault(thread, 0L), Long::sum));
        StringBuilder out = new StringBuilder();
        byKind.forEach((kind, ms) -> out.append(' ').append(kind).append('=').append(String.format("%.1f", ms / 1e3)));
        return out.toString();
    }

    private static long ticks(String stat) {
        String[] f = stat.replaceFirst(".*\\) ", "").split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static String registry(int feeds, int perHost, int port) {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int n = 0; n < feeds; n++) {
            int host = n / perHost;
            if (n % perHost == 0) {
                yaml.append("  - id: nguon-").append(host).append('\n')
                        .append("    name: Báo điện tử số ").append(host).append('\n')
                        .append("    tier: provincial-press\n    province-only: true\n    allow-private-network: true\n")
                        .append("    poll: {min-interval-seconds: 3600, max-interval-seconds: 7200}\n    feeds:\n");
            }
            yaml.append("      - {url: \"http://127.1.").append(host / 250).append('.').append(host % 250 + 1)
                    .append(':').append(port).append("/f/").append(n).append(".rss\", kind: rss}\n");
        }
        return yaml.toString();
    }

    /** Articles serialised the way the Kafka sink does it, then dropped. */
    private static final class CountingSink implements ArticleSink {
        final AtomicLong articles = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void emit(Article article) {
            try {
                bytes.addAndGet(Json.mapper().writeValueAsBytes(article).length);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            articles.incrementAndGet();
        }

        @Override
        public void reject(Rejected record) {
            rejected.incrementAndGet();
        }

        @Override
        public void status(SourceStatus status) {
            // the health topic is a few records per source: not what this measures
        }

        @Override
        public void close() {
        }
    }

    private static void get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
    }

    /** user + system CPU of another process, from /proc (Linux). */
    private static long cpuMillis(long pid) throws IOException {
        return ticks(Files.readString(Path.of("/proc/" + pid + "/stat"))) * 10; // USER_HZ is 100 on Linux
    }

    /** A memory line of /proc/self/status in MB. */
    private static long status(String key) throws IOException {
        for (String line : Files.readAllLines(new File("/proc/self/status").toPath())) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
