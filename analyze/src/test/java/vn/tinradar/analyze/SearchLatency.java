package vn.tinradar.analyze;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.HostInfo;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.analyze.pipeline.index.SearchStats;
import vn.tinradar.analyze.pipeline.index.ShardResult;
import vn.tinradar.analyze.query.peer.PeerApi;
import vn.tinradar.analyze.query.peer.PeerClient;
import vn.tinradar.analyze.query.peer.PeerSearch;
import vn.tinradar.analyze.query.peer.PeerSignature;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.analyze.query.search.SearchService;
import vn.tinradar.analyze.query.search.ShardGroup;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;

/**
 * Search latency over real Vietnamese news (the public VNTC and VnExpress samples), indexed into four on-disk
 * Lucene shards: all four on one instance (searched in turn, then at once on a pool as the product does), then two
 * on this instance and two on another reached over HTTP on loopback (the peer client and {@link PeerApi}, two
 * phases). Prints p50/p95/p99 per setting. A rough figure for
 * capacity planning, not a micro-benchmark.
 *
 * <p>Run: {@code java -cp <analyze test classpath> vn.tinradar.analyze.SearchLatency DATA_DIR [ROUNDS]} with
 * DATA_DIR holding {@code topic/vntc-train.jsonl} and {@code topic/vnexpress-sections-train.jsonl}; or
 * {@code SearchLatency --index DIR [ROUNDS]} to search the shards {@code DIR/shard-*} an earlier run built (the
 * million articles of {@code bench.YearIndexBuild}) on one instance, without indexing anything.
 */
public final class SearchLatency {

    private static final String[] QUERIES = {"sat lo", "tai nạn giao thông", "giá xăng tăng", "\"học sinh\" -thi",
        "lũ quét OR sạt lở", "bóng đá Việt Nam", "bệnh viện quá tải", "chứng khoán", "dịch cúm gia cầm",
        "xuất khẩu gạo", "hà nội mưa lớn", "tham nhũng đất đai", "giáo viên hợp đồng", "du lịch sa pa",
        "cháy rừng", "giai phong mat bang"};

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--index")) {
            searchBuiltIndex(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 20);
            return;
        }
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("search-latency");
        List<ArticleIndex> shards = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            shards.add(ArticleIndex.open(dir.resolve("shard-" + i), 64));
        }
        KeywordTestScorer scorer = new KeywordTestScorer();
        int n = 0;
        OffsetDateTime t0 = OffsetDateTime.parse("2026-01-01T07:00:00+07:00");
        for (String file : new String[] {"topic/vntc-train.jsonl", "topic/vnexpress-sections-train.jsonl"}) {
            try (BufferedReader r = Files.newBufferedReader(data.resolve(file), StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    var node = Json.mapper().readTree(line);
                    String id = node.path("id").asText();
                    String title = node.path("title").asText();
                    String text = node.path("text").asText();
                    Article a = new Article(Article.VERSION, id, "https://example.vn/" + id, "src-" + (n % 7),
                            "Nguồn " + (n % 7), SourceTier.values()[n % SourceTier.values().length], title, null, text,
                            null, null, null, "vi", t0.plusMinutes(17L * n), null, "page", t0.toInstant(),
                            ArticleIds.contentHash(title, text), null, true);
                    ScoredArticle s = scorer.score(a);
                    shards.get(Math.floorMod(id.hashCode(), 4)).upsert(s, n);
                    n++;
                }
            }
        }
        shards.forEach(ArticleIndex::commit);
        System.out.printf(Locale.ROOT, "indexed %d articles in 4 shards%n", n);

        ExecutorService pool = SearchService.shardPool(Runtime.getRuntime().availableProcessors());
        Map<String, SearchService> oneInstance = new java.util.LinkedHashMap<>();
        oneInstance.put("one instance, 4 local shards in turn", new SearchService(() -> shards));
        oneInstance.put("one instance, 4 local shards at once", new SearchService(() -> shards, List::of,
                Duration.ofSeconds(5), pool));
        measure(oneInstance, rounds, false);
        pool.shutdown();

        SearchService other = new SearchService(() -> shards.subList(2, 4));
        PeerSignature signature = new PeerSignature("bench", java.time.Clock.systemUTC());
        PeerApi api = new PeerApi(signature, localReads(other));
        try (PeerHttpServer http = new PeerHttpServer(() -> api)) {
            PeerClient client = new PeerClient(signature, Duration.ofSeconds(5),
                    new AnalyzeMetrics(new SimpleMeterRegistry()));
            HostInfo host = new HostInfo("127.0.0.1", http.port());
            Supplier<List<ShardGroup>> peers = () -> List.of(client.shardGroup(host));
            SearchService twoInstances = new SearchService(() -> shards.subList(0, 2), peers, Duration.ofSeconds(5));
            measure("two instances (2 + 2 shards, peer over HTTP on loopback)", twoInstances, rounds);
        }
        shards.forEach(ArticleIndex::close);
    }

    private static void searchBuiltIndex(Path dir, int rounds) throws Exception {
        List<ArticleIndex> shards = new ArrayList<>();
        try (var list = Files.list(dir)) {
            for (Path shard : list.filter(p -> p.getFileName().toString().startsWith("shard-")).sorted().toList()) {
                shards.add(ArticleIndex.open(shard, 32));
            }
        }
        long docs = shards.stream().mapToLong(ArticleIndex::documentCount).sum();
        System.out.printf(Locale.ROOT, "opened %d articles in %d shards of %s%n", docs, shards.size(), dir);
        ExecutorService pool = SearchService.shardPool(Runtime.getRuntime().availableProcessors());
        Map<String, SearchService> settings = new java.util.LinkedHashMap<>();
        settings.put("one instance, " + shards.size() + " local shards in turn, " + docs + " articles",
                new SearchService(() -> shards));
        settings.put("one instance, " + shards.size() + " local shards at once, " + docs + " articles",
                new SearchService(() -> shards, List::of, Duration.ofSeconds(5), pool));
        measure(settings, rounds, true);
        pool.shutdown();
        System.out.printf(Locale.ROOT, "heap: peak %d MB (sum of the heap pools' peaks), max %d MB%n",
                vn.tinradar.analyze.bench.YearIndexBuild.heapPeakMb(), Runtime.getRuntime().maxMemory() >> 20);
        shards.forEach(ArticleIndex::close);
    }

    /**
     * With {@code -Dsearch.pages=FILE}, writes each query's page (the ids in order, one line per query) so two builds'
     * pages can be compared beyond the digest: how many of the 20 they share.
     */
    private static void writePages(Map<String, List<String>> pageIds) {
        String file = System.getProperty("search.pages");
        if (file == null) {
            return;
        }
        List<String> lines = pageIds.entrySet().stream().map(e -> e.getKey() + "\t" + String.join(",", e.getValue()))
                .toList();
        try {
            Files.write(Path.of(file), lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void measure(String setting, SearchService search, int rounds) {
        measure(Map.of(setting, search), rounds, false);
    }

    /**
     * Times every setting on the same requests, back to back within each round, so a change of load on the shared
     * machine or the JIT's progress falls on all of them alike.
     */
    private static void measure(Map<String, SearchService> settings, int rounds, boolean perQuery) {
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : QUERIES) {
            requests.add(SearchRequest.of(q));
            requests.add(SearchRequest.fromParams(Map.of("q", q, "sort", "time")));
        }
        String[] pages = new String[requests.size()];
        Map<String, List<String>> pageIds = new java.util.LinkedHashMap<>();
        for (SearchService search : settings.values()) {
            for (int q = 0; q < requests.size(); q++) {
                SearchResult r = search.search(requests.get(q)); // warm-up
                // what the page holds, to compare two builds' answers: ids in order, scores, total, facets
                String page = Integer.toHexString(Objects.hash(r.hits().stream().map(h -> h.id() + "@" + h.score())
                        .toList(), r.total(), r.facets()));
                pages[q] = pages[q] == null || pages[q].equals(page) ? page : pages[q] + "≠" + page;
                pageIds.putIfAbsent(requests.get(q).query() + (q % 2 == 1 ? " (time)" : ""),
                        r.hits().stream().map(h -> h.id()).toList());
            }
        }
        writePages(pageIds);
        List<String> names = new ArrayList<>(settings.keySet());
        long[][][] nanos = new long[names.size()][requests.size()][rounds];
        long[][] cpuNanos = new long[names.size()][requests.size() * rounds];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] totalHits = new long[requests.size()];
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < requests.size(); q++) {
                for (int s = 0; s < names.size(); s++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    totalHits[q] = settings.get(names.get(s)).search(requests.get(q)).total();
                    nanos[s][q][round] = System.nanoTime() - start;
                    cpuNanos[s][round * requests.size() + q] = threads.getCurrentThreadCpuTime() - cpu;
                }
            }
        }
        double meanHits = Arrays.stream(totalHits).average().orElse(0);
        for (int s = 0; s < names.size(); s++) {
            long[] all = Arrays.stream(nanos[s]).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s: %d searches (20 hits, facets, snippets), p50 %.1f ms, p95 %.1f ms, "
                            + "p99 %.1f ms, mean hits %.0f%n", names.get(s), all.length, ms(all, 0.50), ms(all, 0.95),
                    ms(all, 0.99), meanHits);
            // the searching thread's own CPU time: what a search costs on a free core, whatever the load
            long[] cpu = cpuNanos[s].clone();
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "  CPU time of the calling thread: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(cpu, 0.50), ms(cpu, 0.95), ms(cpu, 0.99));
        }
        if (perQuery) {
            for (int q = 0; q < requests.size(); q++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-40s hits %8d page %-8s",
                        requests.get(q).query() + (q % 2 == 1 ? " (time)" : ""), totalHits[q], pages[q]));
                for (int s = 0; s < names.size(); s++) {
                    long[] one = nanos[s][q].clone();
                    Arrays.sort(one);
                    line.append(String.format(Locale.ROOT, "  median %.1f ms", ms(one, 0.5)));
                }
                System.out.println(line);
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    private static PeerApi.Local localReads(SearchService search) {
        return new PeerApi.Local() {
            @Override
            public SearchStats stats(SearchRequest request) {
                return search.localStats(request);
            }

            @Override
            public ShardResult search(PeerSearch s) {
                return search.localResult(s.request(), s.stats(), s.topN());
            }

        };
    }
}
