package vn.tinradar.deploy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * A simulated day of the whole country's press through one running TinRadar (embedded broker, crawler, analyze,
 * alerts, web server, as {@code run} starts them): 34 provinces with {@code sites-per-province} local papers each
 * plus national outlets ({@link PressSite}, in this JVM), publishing real articles at a fixed pace whose dates
 * walk through the past 24 hours, so the day's article time passes in a few minutes. Measures the process's CPU
 * seconds (without the sites' own threads), peak heap, peak heap after collection, and the bytes the data directory
 * gained (Kafka logs, Streams state, Lucene), and the rate it kept: the largest day it holds follows from it.
 *
 * <p>Arguments: {@code ARTICLES.jsonl[.gz]... [--articles 40000] [--per-second 60] [--sites-per-province 6]}.
 * Command and figures: docs/benchmarks.md, "The country's volume (issue 16)".
 */
public final class CountryDayBench {

    private static final String PASSWORD = "ca-nuoc-mot-ngay-2026";
    private static final int PROVINCES = 34;
    private static final int NATIONAL_OUTLETS = 12;
    /** The watched province (the settings' default): its papers need no relevance filter. */
    private static final int WATCHED = 0;
    private static final Pattern METRIC = Pattern.compile("^(tinradar_analyze_articles_total\\{[^}]*stage=\"(\\w+)\"[^}]*}"
            + "|tinradar_analyze_index_documents\\S*) (\\S+)$");

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        int articles = 40_000;
        double perSecond = 60;
        int sitesPerProvince = 6;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--per-second" -> perSecond = Double.parseDouble(args[++i]);
                case "--sites-per-province" -> sitesPerProvince = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        List<PressSite.Item> texts = new ArrayList<>();
        for (Path f : files) {
            texts.addAll(load(f, articles - texts.size()));
        }
        if (texts.size() < articles) {
            throw new IllegalArgumentException("the files hold " + texts.size() + " usable articles, fewer than "
                    + articles + ": give more files or fewer --articles");
        }
        Path dir = Files.createTempDirectory("tinradar-country");
        Map<String, Instant> served = new ConcurrentHashMap<>();
        ExecutorService siteThreads = Executors.newFixedThreadPool(8, PressSite.named("press-site"));
        List<PressSite> sites = new ArrayList<>();
        StringBuilder sources = new StringBuilder("sources:\n");
        for (int p = 0; p < PROVINCES; p++) {
            for (int s = 0; s < sitesPerProvince; s++) {
                PressSite site = new PressSite("tinh-" + (p + 1) + "-bao-" + (s + 1),
                        "Báo tỉnh số " + (p + 1) + " (" + (s + 1) + ")", served, siteThreads);
                sites.add(site);
                sources.append(site.sourceYaml(5, 60, p == WATCHED));
            }
        }
        for (int n = 0; n < NATIONAL_OUTLETS; n++) {
            PressSite site = new PressSite("quoc-gia-" + (n + 1), "Báo quốc gia số " + (n + 1), served, siteThreads);
            sites.add(site);
            sources.append(site.sourceYaml(5, 60, false));
        }
        Files.writeString(dir.resolve("sources.yaml"), sources, StandardCharsets.UTF_8);
        Path config = dir.resolve("tinradar.yaml");
        Files.writeString(config, "province: Lào Cai\n", StandardCharsets.UTF_8);
        System.out.printf("bench=country load=%s articles=%d per_second=%.0f sites=%d dir=%s%n",
                AlertLatencyBench.loadAverage(), articles, perSecond, sites.size(), dir);

        HeapWatch heap = new HeapWatch();
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, PressSite.named("bench-timer"));
        timers.scheduleAtFixedRate(heap::sample, 0, 250, TimeUnit.MILLISECONDS);
        Instant begin = Instant.now();
        long diskBefore = duKilobytes(dir.resolve("data"));
        try (TinRadarProcess process = new TinRadarProcess(Settings.load(config),
                new TinRadarProcess.Options(dir.resolve("data"), 0, null, dir.resolve("sources.yaml"), false,
                        EnumSet.allOf(TinRadarProcess.Role.class), PASSWORD)).start()) {
            Instant dayStart = Instant.now().minus(Duration.ofDays(1));
            long articleGapMs = Duration.ofDays(1).toMillis() / articles;
            AtomicLong published = new AtomicLong();
            int total = articles;
            Instant publishStart = Instant.now();
            // the day's CPU is counted from here: the process's start (broker, stores, JIT warm-up) is not a day's work
            long cpuAtDayStart = processCpuNanos();
            long periodMicros = (long) (1_000_000 / perSecond);
            timers.scheduleAtFixedRate(() -> {
                long k = published.get();
                if (k >= total) {
                    return;
                }
                PressSite.Item text = texts.get((int) k);
                // the day's article time walks through the past 24 hours at the pace articles are published
                sites.get((int) (k % sites.size())).publish(new PressSite.Item("ngay-" + k, text.title(), text.lead(),
                        text.paragraphs(), dayStart.plusMillis(articleGapMs * k)));
                published.incrementAndGet();
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            String metrics = "http://127.0.0.1:" + process.port() + "/metrics";
            Map<String, Double> seen = Map.of();
            double lastIndexed = -1;
            Instant stableSince = Instant.now();
            while (true) {
                Thread.sleep(5000);
                seen = scrape(metrics);
                double in = seen.getOrDefault("in", 0.0);
                double indexed = seen.getOrDefault("documents", 0.0);
                long elapsed = Duration.between(publishStart, Instant.now()).toSeconds();
                System.out.printf("bench=progress s=%d published=%d fetched=%d analyze_in=%.0f indexed=%.0f "
                                + "heap_mb=%d load=%s%n", elapsed, published.get(), served.size(), in, indexed,
                        heap.maxUsed / 1_048_576, AlertLatencyBench.loadAverage());
                if (indexed != lastIndexed) {
                    lastIndexed = indexed;
                    stableSince = Instant.now();
                }
                boolean allFetched = served.size() >= total;
                if (allFetched && in >= total * 0.99 && Duration.between(stableSince, Instant.now()).toSeconds() >= 20) {
                    break;
                }
                if (elapsed > 4 * 3600) {
                    System.out.println("bench=country gave_up_after_s=" + elapsed);
                    break;
                }
            }
            Instant end = stableSince;
            long cpu = processCpuNanos() - cpuAtDayStart;
            Map<String, Long> byThread = cpuByThreadGroup();
            long sitesCpu = byThread.getOrDefault("press-site", 0L);
            // what the process burns with nothing new to read (polling every feed, commits, timers), per second: a real
            // day spreads the same work over 24 hours and pays this all along
            long idleFrom = processCpuNanos();
            long idleSitesFrom = cpuByThreadGroup().getOrDefault("press-site", 0L);
            Thread.sleep(60_000);
            double idlePerSecond = (processCpuNanos() - idleFrom
                    - (cpuByThreadGroup().getOrDefault("press-site", 0L) - idleSitesFrom)) / 1e9 / 60;
            double wall = Duration.between(publishStart, end).toMillis() / 1000.0;
            long diskAfter = duKilobytes(dir.resolve("data"));
            // the figure to extrapolate is the one after the process closed (below): while it runs, the stores'
            // write-ahead logs and Kafka's preallocated segment indexes hold room they give back
            System.out.printf("bench=country_day articles=%d fetched=%d analyze_in=%.0f indexed=%.0f wall_s=%.0f "
                            + "rate_per_s=%.1f cpu_s_process=%.0f cpu_s_sites=%.0f cpu_s_tinradar=%.0f "
                            + "cpu_ms_per_article=%.1f heap_peak_mb=%d heap_after_gc_peak_mb=%d rss_peak_mb=%d "
                            + "disk_in_run_mb=%.0f idle_cpu_s_per_s=%.3f load=%s%n", total, served.size(), seen.getOrDefault("in", 0.0),
                    seen.getOrDefault("documents", 0.0), wall, total / wall, cpu / 1e9, sitesCpu / 1e9,
                    (cpu - sitesCpu) / 1e9, (cpu - sitesCpu) / 1e6 / total, heap.maxUsed / 1_048_576,
                    heap.maxAfterGc / 1_048_576, peakRssKb() / 1024, (diskAfter - diskBefore) / 1024.0,
                    idlePerSecond, AlertLatencyBench.loadAverage());
            System.out.println("bench=country_stages " + seen);
            byThread.entrySet().stream().filter(e -> e.getValue() >= 500_000_000L).forEach(e -> System.out.printf(
                    "bench=cpu_by_threads group=%s cpu_s=%.1f%n", e.getKey(), e.getValue() / 1e9));
            System.out.println("bench=country_since_start_s=" + Duration.between(begin, end).toSeconds());
        } finally {
            timers.shutdownNow();
            sites.forEach(PressSite::close);
        }
        // after the process closed: the logs and stores as they stay on disk
        duBreakdown(dir.resolve("data"));
    }

    /** Real articles in score input format (JSON lines, optionally gzipped): up to {@code limit} usable ones. */
    private static List<PressSite.Item> load(Path file, int limit) throws IOException {
        List<PressSite.Item> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < limit && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    AlertLatencyBench.BackgroundArticles.parse(line).ifPresent(out::add);
                }
            }
        }
        System.out.printf("bench=input file=%s articles=%d%n", file, out.size());
        return out;
    }

    private static Map<String, Double> scrape(String url) {
        Map<String, Double> out = new TreeMap<>();
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : body.split("\n")) {
                Matcher m = METRIC.matcher(line);
                if (m.matches()) {
                    out.merge(m.group(2) != null ? m.group(2) : "documents", Double.parseDouble(m.group(3)),
                            Double::sum);
                }
            }
        } catch (IOException e) {
            System.out.println("bench=scrape_failed error=" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU of the live threads by kind: the sites', the stream threads', the broker's, the crawler's, the rest. */
    private static Map<String, Long> cpuByThreadGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new TreeMap<>();
        for (var info : threads.dumpAllThreads(false, false)) {
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                out.merge(group(info.getThreadName()), nanos, Long::sum);
            }
        }
        return out;
    }

    private static String group(String name) {
        if (name.startsWith("press-site") || name.startsWith("HTTP-Dispatcher")) {
            return "press-site";
        }
        if (name.contains(".analyze-") && name.contains("StreamThread")) {
            return "analyze-stream";
        }
        if (name.contains(".alerts-") && name.contains("StreamThread")) {
            return "alerts-stream";
        }
        if (name.contains("kafka-producer-network-thread")) {
            return "producer-io";
        }
        if (name.startsWith("data-plane") || name.startsWith("kafka-") || name.contains("broker")
                || name.contains("raft") || name.contains("Log") || name.startsWith("ReplicaFetcher")) {
            return "broker";
        }
        if (name.startsWith("GC") || name.contains("G1") || name.startsWith("C1") || name.startsWith("C2")
                || name.startsWith("VM ")) {
            return "jvm";
        }
        // Streams' own threads carry the client's random id: keep the application and the thread's job
        return name.replaceAll("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "")
                .replaceAll("[-_]?\\d+$", "").replaceAll("-\\d+-", "-");
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Disk blocks really used (sparse Kafka index files count only what they hold), in KiB. */
    private static long duKilobytes(Path dir) throws IOException, InterruptedException {
        if (!Files.exists(dir)) {
            return 0;
        }
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    /** Where the bytes are: each Kafka topic (partitions summed), the Streams state and the rest, in MiB. */
    private static void duBreakdown(Path data) throws IOException, InterruptedException {
        Map<String, Long> kb = new TreeMap<>();
        Path logs = data.resolve("kafka").resolve("log");
        try (var entries = Files.walk(data, 3)) {
            for (Path p : entries.filter(Files::isDirectory).toList()) {
                Path rel = data.relativize(p);
                if (p.getParent().equals(logs)) {
                    kb.merge("kafka/" + p.getFileName().toString().replaceAll("-\\d+$", ""), duKilobytes(p), Long::sum);
                } else if (rel.getNameCount() == 1 && !rel.toString().equals("kafka") && !rel.toString().isEmpty()) {
                    kb.merge(rel.toString(), duKilobytes(p), Long::sum);
                }
            }
        }
        kb.entrySet().stream().filter(e -> e.getValue() >= 1024).forEach(e ->
                System.out.printf("bench=disk what=%s mb=%.1f%n", e.getKey(), e.getValue() / 1024.0));
        System.out.printf("bench=disk what=total mb=%.1f%n", duKilobytes(data) / 1024.0);
    }

    /** The heap's peak as used (garbage included) and after collection (what the process really holds). */
    private static final class HeapWatch {
        volatile long maxUsed;
        volatile long maxAfterGc;

        void sample() {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) {
                    continue;
                }
                used += pool.getUsage().getUsed();
                MemoryUsage collected = pool.getCollectionUsage();
                if (collected != null && pool.getName().contains("Old")) {
                    afterGc += collected.getUsed();
                }
            }
            maxUsed = Math.max(maxUsed, used);
            maxAfterGc = Math.max(maxAfterGc, afterGc);
        }
    }
}
