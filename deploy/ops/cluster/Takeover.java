import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.deploy.replay.ReplayItems;

/**
 * The take-over measurement of takeover.sh, against two running analyze instances A and B of one installation:
 * feeds N real articles into PREFIX articles.raw, waits until the analyze group has read everything (and a grace
 * for standbys to catch up), then sends a probe article every 200 ms, kills -9 the instance holding more partitions
 * of articles.scored (the index step), and measures, from the kill, the first record the survivor commits to the
 * articles-by-id changelog on each partition it gained (an article indexed there, so the whole path ran), and what
 * the survivor's log says it restored and re-indexed. Prints key=value lines.
 *
 * <pre>
 * java -cp tinradar.jar:classes Takeover BOOTSTRAP PREFIX N POOL_DIR VNTC_GZ GRACE_S \
 *     A_PID A_DATA_DIR A_LOG  B_PID B_DATA_DIR B_LOG
 * java -cp tinradar.jar:classes Takeover delete-topics BOOTSTRAP PREFIX
 * </pre>
 *
 * The articles are taken in order from the replay files under POOL_DIR (week-2026-02.jsonl, dantri-2025-12.jsonl:
 * real items of Vietnamese national press), then from VNTC (real 2005-2006 press), whose lines have no link or date:
 * they get a link under vntc.invalid and the feed time. Probes come from VNTC after the fed ones.
 */
public class Takeover {

    private static final Duration PROBE_EVERY = Duration.ofMillis(200);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final Pattern LOG_TIME = Pattern.compile("^(\\S+) ");

    record Instance(String name, long pid, Path dataDir, Path log) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("delete-topics")) {
            deleteTopics(args[1], args[2]);
            return;
        }
        String bootstrap = args[0];
        String prefix = args[1];
        int n = Integer.parseInt(args[2]);
        Path pool = Path.of(args[3]);
        Path vntc = Path.of(args[4]);
        long graceSeconds = Long.parseLong(args[5]);
        Instance a = new Instance("A", Long.parseLong(args[6]), Path.of(args[7]), Path.of(args[8]));
        Instance b = new Instance("B", Long.parseLong(args[9]), Path.of(args[10]), Path.of(args[11]));
        String app = prefix + "analyze";
        String raw = prefix + "articles.raw";
        String scored = prefix + "articles.scored";
        String changelog = app + "-articles-by-id-changelog";

        List<Article> articles = pool(pool, vntc, n + 3_000);
        if (articles.size() < n + 1_000) {
            throw new IllegalArgumentException("only " + articles.size() + " articles in " + pool + " and " + vntc
                    + "; need " + (n + 1_000) + " (N plus probes)");
        }
        long feedStart = System.currentTimeMillis();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap, prefix)) {
            for (Article x : articles.subList(0, n)) {
                producer.send(new ProducerRecord<>(raw, x.id(), Json.mapper().writeValueAsBytes(x)));
            }
            producer.flush();
        }
        say("fed=%d feed_ms=%d", n, System.currentTimeMillis() - feedStart);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "client.id", prefix + "takeover"))) {
            long settled = settle(admin, app);
            say("settled_ms=%d (from the first article fed until the analyze group has no lag)",
                    System.currentTimeMillis() - feedStart);
            Thread.sleep(graceSeconds * 1000);
            say("lag_at_settle=%d grace_s=%d", settled, graceSeconds);

            Map<String, Set<TopicPartition>> owned = ownership(admin, app, List.of(a, b));
            Instance victim = partitionsOf(owned.get("A"), scored).size() >= partitionsOf(owned.get("B"), scored).size()
                    ? a : b;
            Instance survivor = victim == a ? b : a;
            Set<Integer> gained = partitionsOf(owned.get(victim.name()), scored);
            Set<Integer> kept = partitionsOf(owned.get(survivor.name()), scored);
            say("victim=%s gained_index_partitions=%s kept_index_partitions=%s victim_held_story_clustering=%s",
                    victim.name(), gained, kept,
                    !partitionsOf(owned.get(victim.name()), app + "-story-clustering-repartition").isEmpty());

            ChangelogWatch watch = new ChangelogWatch(bootstrap, prefix, changelog);
            watch.start();
            ProbeFeeder probes = new ProbeFeeder(bootstrap, prefix, raw, articles.subList(n, articles.size()));
            probes.start();
            // on a loaded machine a probe takes seconds to pass the whole pipeline: the kill waits for the first one
            long flowing = System.currentTimeMillis() + 120_000;
            Thread.sleep(10_000);
            while (watch.arrivals().isEmpty() && System.currentTimeMillis() < flowing) {
                Thread.sleep(1_000);
            }
            if (watch.arrivals().isEmpty()) {
                throw new IllegalStateException("no probe indexed in 120 s before the kill: the pipeline is not flowing");
            }
            say("probe_latency_before_kill_ms=%d (median, sent to indexed)", probes.medianLatency(watch, Long.MAX_VALUE));

            ProcessHandle victimProcess = ProcessHandle.of(victim.pid()).orElseThrow(() ->
                    new IllegalStateException("instance " + victim.name() + " (pid " + victim.pid() + ") is not running"));
            long killedAt = System.currentTimeMillis();
            victimProcess.destroyForcibly();
            victimProcess.onExit().get();
            say("killed=%s pid=%d at=%s", victim.name(), victim.pid(), Instant.ofEpochMilli(killedAt));

            // a record on a gained partition counts once the survivor has noticed the kill: the victim's last
            // transaction, committed just before the kill, can reach the watch a moment after it
            long deadline = killedAt + GIVE_UP.toMillis();
            long noticed = -1;
            while ((noticed < 0 || !watch.allArrivedAfter(gained, noticed)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                noticed = SurvivorLog.rebalancingAfter(survivor.log(), killedAt);
            }
            long counted = noticed < 0 ? killedAt : noticed;
            Thread.sleep(5_000);
            probes.stop();
            Thread.sleep(5_000);
            watch.stop();

            for (int p : gained) {
                say("gained_partition=%d first_indexed_after_kill_ms=%s", p, watch.firstAfter(p, counted, killedAt));
            }
            for (int p : kept) {
                say("kept_partition=%d first_indexed_after_kill_ms=%s", p, watch.firstAfter(p, killedAt, killedAt));
            }
            say("takeover_ms=%s", watch.lastFirstAfter(gained, counted, killedAt));
            say("probes_sent=%d probes_indexed=%d", probes.sent(), probes.indexed(watch));
            SurvivorLog.report(survivor.log(), killedAt);
        }
    }

    /** Deletes a finished run's topics: a 20,000-article run leaves about a gigabyte on the brokers. */
    static void deleteTopics(String bootstrap, String prefix) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "client.id", prefix + "takeover"))) {
            List<String> own = admin.listTopics().names().get().stream().filter(t -> t.startsWith(prefix)).toList();
            admin.deleteTopics(own).all().get();
            say("deleted_topics=%d prefix=%s", own.size(), prefix);
        }
    }

    /** Real articles in feed order: the replay files, then VNTC. */
    static List<Article> pool(Path poolDir, Path vntc, int wanted) throws IOException {
        List<Article> out = new ArrayList<>();
        for (String file : List.of("week-2026-02.jsonl", "dantri-2025-12.jsonl")) {
            ReplayItems.Loaded loaded = ReplayItems.load(poolDir.resolve(file), SourceTier.NATIONAL_PRESS);
            out.addAll(loaded.articles());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(vntc)),
                StandardCharsets.UTF_8))) {
            String line;
            int i = 0;
            while (out.size() < wanted && (line = in.readLine()) != null) {
                JsonNode node = Json.mapper().readTree(line);
                String url = "https://vntc.invalid/" + node.path("label").asText("khac") + "/" + (i++);
                String title = node.path("title").asText();
                String text = node.path("text").asText();
                out.add(new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "vntc", "VNTC",
                        SourceTier.NATIONAL_PRESS, title, null, text, null, null, null, "vi", now, null, "fetched",
                        Instant.now(), ArticleIds.contentHash(title, text), null, false));
            }
        }
        return out.size() > wanted ? out.subList(0, wanted) : out;
    }

    /** Waits until the group's committed offsets reach the end of every partition it reads, three checks running. */
    static long settle(Admin admin, String group) throws Exception {
        int quiet = 0;
        long lag = -1;
        long deadline = System.currentTimeMillis() + GIVE_UP.toMillis() * 3;
        while (quiet < 3) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("group " + group + " still lags " + lag + " records after 30 min");
            }
            Thread.sleep(2_000);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> ask = new TreeMap<>((x, y) -> x.toString().compareTo(y.toString()));
            committed.keySet().forEach(tp -> ask.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = ask.isEmpty() ? Map.of()
                    : admin.listOffsets(ask).all().get();
            lag = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += Math.max(0, e.getValue().offset() - (c == null ? 0 : c.offset()));
            }
            quiet = !committed.isEmpty() && lag == 0 ? quiet + 1 : 0;
        }
        return lag;
    }

    /** The partitions each instance's stream thread is assigned, matched by the process id Streams keeps on disk. */
    static Map<String, Set<TopicPartition>> ownership(Admin admin, String group, List<Instance> instances)
            throws Exception {
        Collection<MemberDescription> members = admin.describeConsumerGroups(List.of(group)).all().get().get(group)
                .members();
        Map<String, Set<TopicPartition>> owned = new TreeMap<>();
        for (Instance i : instances) {
            Path file = i.dataDir().resolve("streams-analyze").resolve(group).resolve("kafka-streams-process-metadata");
            String processId = Json.mapper().readTree(file.toFile()).path("processId").asText();
            Set<TopicPartition> parts = new TreeSet<>((x, y) -> x.toString().compareTo(y.toString()));
            members.stream().filter(m -> m.clientId().contains(processId))
                    .forEach(m -> parts.addAll(m.assignment().topicPartitions()));
            if (parts.isEmpty()) {
                throw new IllegalStateException("instance " + i.name() + " (process " + processId + ") holds no "
                        + "partition of group " + group + ": members " + members);
            }
            owned.put(i.name(), parts);
        }
        return owned;
    }

    static Set<Integer> partitionsOf(Set<TopicPartition> parts, String topic) {
        Set<Integer> out = new TreeSet<>();
        parts.stream().filter(tp -> tp.topic().equals(topic)).forEach(tp -> out.add(tp.partition()));
        return out;
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap, String prefix) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("client.id", prefix + "takeover-feed");
        p.put("acks", "all");
        p.put("linger.ms", "20");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
        System.out.flush();
    }

    /** Sends one probe article every 200 ms and remembers when each left. */
    static final class ProbeFeeder {
        private final KafkaProducer<String, byte[]> producer;
        private final String topic;
        private final List<Article> probes;
        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ProbeFeeder(String bootstrap, String prefix, String topic, List<Article> probes) {
            this.producer = producer(bootstrap, prefix);
            this.topic = topic;
            this.probes = probes;
            this.thread = new Thread(this::run, "probes");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            for (Article x : probes) {
                if (!running.get()) {
                    break;
                }
                try {
                    sentAt.put(x.id(), System.currentTimeMillis());
                    producer.send(new ProducerRecord<>(topic, x.id(), Json.mapper().writeValueAsBytes(x)));
                    producer.flush();
                    Thread.sleep(PROBE_EVERY.toMillis());
                } catch (Exception e) {
                    say("probe_send_failed id=%s error=%s", x.id(), e);
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
            producer.close();
        }

        int sent() {
            return sentAt.size();
        }

        long indexed(ChangelogWatch watch) {
            return sentAt.keySet().stream().filter(watch.arrivals()::containsKey).count();
        }

        long medianLatency(ChangelogWatch watch, long before) {
            List<Long> latencies = new ArrayList<>();
            sentAt.forEach((id, sent) -> {
                ChangelogWatch.Arrival at = watch.arrivals().get(id);
                if (at != null && at.ms() < before) {
                    latencies.add(at.ms() - sent);
                }
            });
            latencies.sort(Long::compare);
            return latencies.isEmpty() ? -1 : latencies.get(latencies.size() / 2);
        }
    }

    /** Follows the committed records of the articles-by-id changelog: when each article was indexed, on which partition. */
    static final class ChangelogWatch {
        record Arrival(int partition, long ms) {
        }

        private final KafkaConsumer<String, byte[]> consumer;
        private final String topic;
        private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ChangelogWatch(String bootstrap, String prefix, String topic) {
            Properties p = new Properties();
            p.put("bootstrap.servers", bootstrap);
            p.put("client.id", prefix + "takeover-watch");
            p.put("isolation.level", "read_committed");
            p.put("enable.auto.commit", "false");
            this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
            this.topic = topic;
            this.thread = new Thread(this::run, "changelog-watch");
            thread.setDaemon(true);
        }

        void start() {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToEnd(parts);
            parts.forEach(consumer::position);
            thread.start();
        }

        private void run() {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    arrivals.putIfAbsent(r.key(), new Arrival(r.partition(), System.currentTimeMillis()));
                }
            }
            consumer.close();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        Map<String, Arrival> arrivals() {
            return arrivals;
        }

        /** Milliseconds from {@code origin} to the first record on the partition after {@code after}, or "never". */
        String firstAfter(int partition, long after, long origin) {
            return arrivals.values().stream().filter(x -> x.partition() == partition && x.ms() > after)
                    .mapToLong(Arrival::ms).min().stream().mapToObj(ms -> String.valueOf(ms - origin)).findFirst()
                    .orElse("never");
        }

        boolean allArrivedAfter(Set<Integer> partitions, long after) {
            return partitions.stream().noneMatch(p -> firstAfter(p, after, after).equals("never"));
        }

        String lastFirstAfter(Set<Integer> partitions, long after, long origin) {
            long worst = -1;
            for (int p : partitions) {
                String first = firstAfter(p, after, origin);
                if (first.equals("never")) {
                    return "never";
                }
                worst = Math.max(worst, Long.parseLong(first));
            }
            return String.valueOf(worst);
        }
    }

    /** What the survivor's log says happened after the kill: rebalance, restores, re-indexing, running again. */
    static final class SurvivorLog {
        private static final Pattern RECORDS = Pattern.compile(" records=(\\d+) ms=(-?\\d+)");
        private static final Pattern REINDEXED = Pattern.compile(" reindexed=(\\d+)");

        /** When the survivor's log first says it is rebalancing after {@code killedAt} (epoch ms), or -1. */
        static long rebalancingAfter(Path log, long killedAt) throws IOException {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher t = LOG_TIME.matcher(line);
                if (!line.contains("event=streams-state") || !line.contains("to=REBALANCING") || !t.find()) {
                    continue;
                }
                try {
                    long at = OffsetDateTime.parse(t.group(1)).toInstant().toEpochMilli();
                    if (at >= killedAt) {
                        return at;
                    }
                } catch (RuntimeException e) {
                    // a line cut while written: read again at the next poll
                }
            }
            return -1;
        }

        static void report(Path log, long killedAt) throws IOException {
            long rebalancing = -1;
            long running = -1;
            long restoredRecords = 0;
            long restores = 0;
            long longestRestoreMs = 0;
            long reindexed = 0;
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher t = LOG_TIME.matcher(line);
                long at;
                try {
                    at = t.find() ? OffsetDateTime.parse(t.group(1)).toInstant().toEpochMilli() : -1;
                } catch (RuntimeException e) {
                    continue;
                }
                if (at < killedAt) {
                    continue;
                }
                if (line.contains("event=streams-state") && line.contains("to=REBALANCING") && rebalancing < 0) {
                    rebalancing = at - killedAt;
                } else if (line.contains("event=streams-state") && line.contains("to=RUNNING") && rebalancing >= 0
                        && running < 0) {
                    running = at - killedAt;
                } else if (line.contains("event=restore-end")) {
                    Matcher m = RECORDS.matcher(line);
                    if (m.find()) {
                        restores++;
                        restoredRecords += Long.parseLong(m.group(1));
                        longestRestoreMs = Math.max(longestRestoreMs, Long.parseLong(m.group(2)));
                    }
                } else if (line.contains("event=index-caught-up")) {
                    Matcher m = REINDEXED.matcher(line);
                    if (m.find()) {
                        reindexed += Long.parseLong(m.group(1));
                    }
                }
            }
            say("survivor_rebalancing_after_kill_ms=%d survivor_running_after_kill_ms=%d", rebalancing, running);
            say("survivor_restored_store_partitions=%d survivor_restored_records=%d longest_restore_ms=%d",
                    restores, restoredRecords, longestRestoreMs);
            say("survivor_reindexed_articles=%d", reindexed);
        }
    }
}
