package vn.tinradar.analyze.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StreamsConfig;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.pipeline.index.IndexingProcessor;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.TestBroker;

/**
 * How long an analyze instance whose state directory was lost takes to serve again (issue 16), on a real in-JVM
 * KRaft broker with the production settings (3 partitions, exactly-once v2, the default analyze config).
 *
 * <p>Fills the application's article state with the first N articles of a {@code score}-format file (repeated
 * under new ids when shorter: {@link BenchArticles}), either directly ({@link DirectStateFill}) or through the real
 * topology from {@code articles.scored} on ({@code --fill topology}); then starts an instance on an empty state
 * directory and times it until Streams is RUNNING (what /health calls ready), every index shard caught up, and a
 * match-all search counts N. With {@code --standby}, a second instance then joins with a standby replica, and once
 * its standbys are warm the first leaves; the take-over is timed the same way. Each phase is split by the service's
 * own log lines ({@link RecoveryLogSplit}). Command and figures: docs/benchmarks.md, "Recovery after state loss".
 */
public final class RecoveryBench {

    private static final Topics TOPICS = new Topics("bench-recovery.");
    private static final int PARTITIONS = 3;
    private static final long PATIENCE_MS = 3_600_000;

    private final TestBroker broker;
    private final Path workDir;
    private final Path log;
    private final AnalyzeConfig config;
    private final DefaultArticleScorer scorer;

    private RecoveryBench(TestBroker broker, Path workDir, Path log, DefaultArticleScorer scorer, AnalyzeConfig config) {
        this.broker = broker;
        this.workDir = workDir;
        this.log = log;
        this.config = config;
        this.scorer = scorer;
    }

    /**
     * {@code RecoveryBench FILE.jsonl[.gz] N [--fill direct|topology] [--standby] [--work DIR] [--config FILE]}, the
     * config file laid over the analyze defaults as the product does (to try another catch-up slice, for instance).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RecoveryBench FILE.jsonl[.gz] N [--fill direct|topology] [--standby] "
                    + "[--work DIR] [--config FILE]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        int n = Integer.parseInt(args[1].replace("_", ""));
        List<String> rest = List.of(args).subList(2, args.length);
        String fill = option(rest, "--fill", "direct");
        if (!fill.equals("direct") && !fill.equals("topology")) {
            throw new IllegalArgumentException("--fill must be direct or topology but was " + fill);
        }
        Path workDir = Path.of(option(rest, "--work", Files.createTempDirectory("recovery-bench").toString()));
        Files.createDirectories(workDir);
        Path log = workDir.resolve("service.log");
        ConfigDocument defaults = ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE);
        String configFile = option(rest, "--config", null);
        AnalyzeConfig config = AnalyzeConfig.from(configFile == null ? defaults
                : ConfigDocument.load(Path.of(configFile)).overlay(defaults));
        // the service's own event lines, dated, in a file the split is read from
        System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        System.setProperty("org.slf4j.simpleLogger.log.vn.tinradar", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

        say("input=" + input + " n=" + n + " fill=" + fill + " standby=" + rest.contains("--standby")
                + " work=" + workDir + " catch-up-slice-ms=" + config.indexCatchUpSliceMs() + " load=" + load());
        long t = System.nanoTime();
        DefaultArticleScorer scorer = DefaultArticleScorer.load(null);
        BenchArticles articles = BenchArticles.read(input, n, scorer);
        say("event=scored articles=" + n + " s=" + seconds(t));
        try (TestBroker broker = TestBroker.start(TOPICS, PARTITIONS)) {
            new RecoveryBench(broker, workDir, log, scorer, config).run(articles, fill, rest.contains("--standby"));
        }
        System.exit(0);
    }

    private void run(BenchArticles articles, String fill, boolean standby) throws Exception {
        int n = articles.size();
        String applicationId = TOPICS.prefix() + "analyze";
        long t = System.nanoTime();
        if (fill.equals("direct")) {
            new DirectStateFill(broker.kafka(), TOPICS, applicationId, PARTITIONS).fill(articles);
        } else {
            fillThroughTopology(articles, applicationId);
        }
        say("event=filled fill=" + fill + " articles=" + n + " s=" + seconds(t) + " load=" + load());
        say("event=changelog " + changelogSize(applicationId));

        try (Instance a = new Instance("a", standby ? 1 : 0)) {
            long from = System.currentTimeMillis();
            a.service.start();
            Timing first = a.awaitServing(n, from);
            report("empty state dir, no standby", n, first);
            if (!standby) {
                return;
            }
            try (Instance b = new Instance("b", 1)) {
                long joined = System.nanoTime();
                b.service.start();
                await(() -> b.running() && b.standbysWarm(), "a warm standby of the articles store on b");
                // a standby indexes what it copies, so this is also how long a new standby takes to hold the index
                say("event=standby-warm s=" + seconds(joined) + " standby_documents=" + b.service.standbyIndexedCount()
                        + " load=" + load());
                // with few articles b counts as caught up and gets some index tasks before a leaves
                int gained = PARTITIONS - b.indexTasksActive();
                say("event=killing-a index_tasks_b_gains=" + gained);
                long killedAt = System.currentTimeMillis();
                double catchUpsBefore = b.catchUps();
                a.close(); // leaves the group at once: a crash would add the session timeout (45 s) before this
                Timing takeOver = b.awaitServing(n, killedAt, catchUpsBefore, gained);
                report("take-over by the standby's instance", n, takeOver);
            }
        }
    }

    private void fillThroughTopology(BenchArticles articles, String applicationId) throws Exception {
        Properties p = broker.kafka();
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        var serde = TOPICS.articlesScored.valueSerde().serializer();
        String topic = TOPICS.articlesScored.name();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            articles.forEach(s -> producer.send(new ProducerRecord<>(topic, s.id(), serde.serialize(topic, s))));
            producer.flush();
        }
        try (Instance filler = new Instance("filler", 0)) {
            filler.service.start();
            await(() -> filler.service.indexedCount() >= articles.size(), articles.size() + " articles indexed");
            broker.awaitCommitted(applicationId, topic);
        }
    }

    private String changelogSize(String applicationId) throws Exception {
        String changelog = applicationId + "-" + IndexingProcessor.ARTICLES_STORE + "-changelog";
        try (Admin admin = Admin.create(broker.kafka())) {
            List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(node -> node.id()).toList();
            long bytes = admin.describeLogDirs(brokers).allDescriptions().get().values().stream()
                    .flatMap(dirs -> dirs.values().stream())
                    .flatMap(dir -> dir.replicaInfos().entrySet().stream())
                    .filter(e -> e.getKey().topic().equals(changelog))
                    .mapToLong(e -> e.getValue().size()).sum();
            return "topic=" + changelog + " bytes=" + bytes;
        }
    }

    private void report(String what, int n, Timing timing) throws Exception {
        RecoveryLogSplit split = RecoveryLogSplit.read(log, timing.from(), timing.servingAt(), timing.servingMs());
        StringBuilder stores = new StringBuilder();
        split.perStore().forEach((store, v) -> stores.append(' ').append(store).append('=').append(v[0])
                .append("rec/").append(v[1]).append("ms"));
        say(String.format("event=recovered what=\"%s\" n=%d running_s=%.1f caught_up_s=%.1f serving_s=%.1f "
                        + "restore_s=%.1f lucene_s=%.1f reindexed=%d other_s=%.1f cpu_to_running_s=%.1f "
                        + "cpu_running_to_caught_up_s=%.1f load=\"%s\"%n  stores:%s",
                what, n, timing.runningMs() / 1000.0, timing.caughtUpMs() / 1000.0, timing.servingMs() / 1000.0,
                split.restoreMs() / 1000.0, split.luceneMs() / 1000.0, split.reindexed(),
                split.otherMs() / 1000.0, timing.cpuToRunningMs() / 1000.0, timing.cpuRunningToCaughtUpMs() / 1000.0,
                load(), stores));
    }

    /**
     * When an instance got to each step after {@code from} (epoch ms), in ms after it, and the CPU time this JVM
     * (broker included) spent until RUNNING and from then until caught up: less swayed than wall time by the other
     * work on a shared machine.
     */
    record Timing(long from, long runningMs, long caughtUpMs, long servingMs, long cpuToRunningMs,
                  long cpuRunningToCaughtUpMs) {
        long servingAt() {
            return from + servingMs;
        }
    }

    private final class Instance implements AutoCloseable {
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final AnalyzeService service;
        private boolean closed;

        Instance(String name, int standbys) throws Exception {
            Path dir = workDir.resolve("instance-" + name);
            // an empty state directory: the disk this instance had is lost
            if (Files.exists(dir)) {
                throw new IllegalStateException(dir + " exists: give each run a new --work directory");
            }
            Properties kafka = broker.kafka();
            kafka.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbys);
            service = new AnalyzeService(config, TOPICS, kafka, dir, scorer, registry);
        }

        boolean running() {
            return service.streams().state() == KafkaStreams.State.RUNNING;
        }

        double catchUps() {
            return registry.get("tinradar.analyze.index.catchups").counter().count();
        }

        /** Whether this instance holds a standby of every partition of the articles store, with no lag. */
        boolean standbysWarm() {
            Map<Integer, LagInfo> lags = service.streams().allLocalStorePartitionLags()
                    .getOrDefault(IndexingProcessor.ARTICLES_STORE, Map.of());
            return lags.size() == PARTITIONS && lags.values().stream().allMatch(l -> l.offsetLag() == 0);
        }

        /** Active tasks here that read articles.scored: the index shards this instance serves. */
        int indexTasksActive() {
            return (int) service.streams().metadataForLocalThreads().stream()
                    .flatMap(thread -> thread.activeTasks().stream())
                    .filter(task -> task.topicPartitions().stream()
                            .anyMatch(tp -> tp.topic().equals(TOPICS.articlesScored.name())))
                    .count();
        }

        Timing awaitServing(int n, long from) throws Exception {
            return awaitServing(n, from, catchUps(), PARTITIONS);
        }

        /**
         * Waits until RUNNING with every index shard here, {@code newShards} catch-ups started after
         * {@code catchUpsBefore} and all finished, and a search counting n.
         */
        Timing awaitServing(int n, long from, double catchUpsBefore, int newShards) throws Exception {
            long cpuFrom = cpuMs();
            await(this::running, "RUNNING");
            long running = System.currentTimeMillis() - from;
            long cpuRunning = cpuMs();
            await(() -> running() && indexTasksActive() == PARTITIONS && catchUps() - catchUpsBefore >= newShards
                    && service.search().catchingUp().isEmpty(), "every index shard caught up");
            long caughtUp = System.currentTimeMillis() - from;
            long cpuCaughtUp = cpuMs();
            await(() -> service.search().search(SearchRequest.of("")).total() == n, "a search counting " + n);
            return new Timing(from, running, caughtUp, System.currentTimeMillis() - from, cpuRunning - cpuFrom,
                    cpuCaughtUp - cpuRunning);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                service.close();
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!safely(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not reached within " + PATIENCE_MS / 1000 + " s: " + what);
            }
            // polled every 100 ms, never forcing a Lucene refresh while a shard catches up
            Thread.sleep(100);
        }
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            return false; // a store not open yet, a search during a rebalance
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
