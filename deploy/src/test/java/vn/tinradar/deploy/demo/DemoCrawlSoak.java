package vn.tinradar.deploy.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.TopicCreator;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.crawl.KafkaArticleSink;
import vn.tinradar.ingest.crawl.KafkaCrawlStateStore;

/**
 * The crawler left running on the demo: the bundled demo site (ephemeral ports), the real crawler with the
 * shipped ingest defaults, a real embedded broker, for a while (with one restart of the crawler halfway, since
 * that is where a crawler repeats itself), then a check of everything that reached {@code articles.raw}:
 * <ul>
 *   <li>no duplicate: no article id sent twice with the same content hash, and no content hash of one source
 *       sent under two ids (a revision, same id with new text, is allowed and counted);</li>
 *   <li>nothing dated in the future: neither {@code published} nor {@code updated} after {@code fetchedAt};</li>
 *   <li>coverage: every corpus article the site listed a poll interval (60 s) before the crawler stopped and
 *       not older than {@code max-item-age-days} arrived.</li>
 * </ul>
 * Both the site and the crawler run on one clock, {@code speed} times faster than real time; when the second crawler
 * is behind at the end, it runs on until it has caught up, for at most the run's length again.
 *
 * <p>Run the long version: see docs/benchmarks.md ("Ingest: the crawler left running on the demo"). The suite
 * runs a short one in {@link DemoCrawlSoakIT}.
 */
public final class DemoCrawlSoak {

    /** The demo sources' longest poll interval ({@link DemoSite#sourcesYaml()}), on the demo clock. */
    private static final Duration LONGEST_POLL = Duration.ofSeconds(60);

    /** What the check found. */
    public record Report(Duration real, Duration demo, int records, int distinctIds, int revisions, int expected,
                         List<String> duplicates, List<String> future, List<String> missing, long polls) {

        public String summary() {
            return String.format("soak real-s=%d demo-min=%d records=%d distinct-ids=%d revisions=%d duplicates=%d"
                            + " future-dated=%d expected=%d missing=%d feed-polls=%d", real.toSeconds(), demo.toMinutes(),
                    records, distinctIds, revisions, duplicates.size(), future.size(), expected, missing.size(), polls);
        }
    }

    private DemoCrawlSoak() {
    }

    /** Arguments: minutes of wall time (30), clock speed (1), per-host-min-interval-ms (the shipped default). */
    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        double speed = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        Long interval = args.length > 2 ? Long.valueOf(args[2]) : null;
        Path dir = Files.createTempDirectory("tinradar-soak");
        Report report = run(Duration.ofMillis((long) (minutes * 60_000)), speed, interval, dir);
        System.out.println(report.summary());
        report.duplicates().forEach(d -> System.out.println("duplicate " + d));
        report.future().forEach(f -> System.out.println("future " + f));
        report.missing().forEach(m -> System.out.println("missing " + m));
        System.exit(report.duplicates().isEmpty() && report.future().isEmpty() && report.missing().isEmpty() ? 0 : 1);
    }

    /**
     * Crawls the demo for {@code realDuration} of wall time on a clock running {@code speed} times faster.
     *
     * @param perHostMinIntervalMs the pause between requests to one host, or null for the shipped default (1 s);
     *                             a short run has little time to fetch what a long one fetches in its first minutes
     */
    public static Report run(Duration realDuration, double speed, Long perHostMinIntervalMs, Path dir)
            throws Exception {
        Instant realStart = Instant.now();
        Clock clock = new FastClock(realStart, speed);
        IngestConfig config = perHostMinIntervalMs == null ? IngestConfig.defaults()
                : IngestConfig.from(ConfigDocument.parse("soak.yaml", "ingest:\n  per-host-min-interval-ms: "
                        + perHostMinIntervalMs + "\n").overlay(ConfigDocument.loadResource(IngestConfig.DEFAULTS_RESOURCE)));
        Topics topics = new Topics("soak.");
        long polls = 0;
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka")).start();
             DemoSite site = new DemoSite(clock, DemoCorpus.bundled(), 0).start()) {
            Properties props = new Properties();
            props.put("bootstrap.servers", kafka.bootstrapServers());
            TopicCreator.ensure(props, topics, Settings.load(null).deploy().kafka().topicLayout());
            SourceRegistry registry = SourceRegistry.parse("demo-sources.yaml", site.sourcesYaml());
            Duration half = realDuration.dividedBy(2);
            Instant stopped = null;
            for (int run = 0; run < 2; run++) {
                SimpleMeterRegistry meters = new SimpleMeterRegistry();
                try (IngestService ingest = new IngestService(config, registry,
                        new KafkaArticleSink(topics, props, Duration.ofMillis(config.readTimeoutMs())),
                        new KafkaCrawlStateStore(topics, props, Duration.ofMillis(config.stateRestoreTimeoutMs())),
                        meters, clock)) {
                    ingest.start();
                    Thread.sleep(half.toMillis());
                    if (run == 1) {
                        // a loaded machine's crawler falls behind the fast clock: it may catch up, for as long again
                        catchUp(props, topics, site, config, clock, realDuration);
                    }
                    // the crawler polls no more from here; its close takes seconds on a loaded machine, demo minutes
                    stopped = clock.instant();
                }
                polls += (long) meters.find("tinradar.ingest.feed.polls").counters().stream()
                        .mapToDouble(c -> c.count()).sum();
            }
            List<Article> articles = readAll(props, topics.articlesRaw.name());
            return check(articles, site, stopped, config, Duration.between(realStart, Instant.now()),
                    Duration.between(realStart, stopped), polls);
        }
    }

    /** Until every article listed a poll interval ago has arrived, or {@code limit} of wall time has passed. */
    private static void catchUp(Properties props, Topics topics, DemoSite site, IngestConfig config, Clock clock,
                                Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && !check(readAll(props, topics.articlesRaw.name()), site, clock.instant(),
                config, Duration.ZERO, Duration.ZERO, 0).missing().isEmpty()) {
            Thread.sleep(1_000);
        }
    }

    private static Report check(List<Article> articles, DemoSite site, Instant end, IngestConfig config,
                                Duration real, Duration demo, long polls) {
        Map<String, Set<String>> hashesById = new HashMap<>();
        Map<String, String> idBySourceHash = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> future = new ArrayList<>();
        int revisions = 0;
        for (Article a : articles) {
            Set<String> hashes = hashesById.computeIfAbsent(a.id(), id -> new HashSet<>());
            if (!hashes.add(a.contentHash())) {
                duplicates.add(a.id() + " sent twice with the same text: " + a.url());
            } else if (hashes.size() > 1) {
                revisions++;
            }
            String other = idBySourceHash.putIfAbsent(a.sourceId() + "/" + a.contentHash(), a.id());
            if (other != null && !other.equals(a.id())) {
                duplicates.add(a.url() + " repeats the text of " + other + " from the same source " + a.sourceId());
            }
            if (a.published().toInstant().isAfter(a.fetchedAt())
                    || a.updated() != null && a.updated().toInstant().isAfter(a.fetchedAt())) {
                future.add(a.url() + " published=" + a.published() + " updated=" + a.updated() + " fetchedAt="
                        + a.fetchedAt());
            }
        }
        Instant oldest = end.minus(Duration.ofDays(config.maxItemAgeDays()));
        List<String> missing = new ArrayList<>();
        int expected = 0;
        for (DemoArticle article : site.corpus().articles()) {
            Instant served = site.servedTime(article);
            // a day's margin at the age limit: the crawler judges age at its fetch, not at the end of the run; one
            // that appeared within a poll interval of the stop may not have been polled yet
            if (served.isAfter(end.minus(LONGEST_POLL)) || served.isBefore(oldest.plus(Duration.ofDays(1)))) {
                continue;
            }
            expected++;
            if (!hashesById.containsKey(ArticleIds.fromCanonicalUrl(site.articleUrl(article)))) {
                missing.add(article.key() + " " + site.articleUrl(article));
            }
        }
        return new Report(real, demo, articles.size(), hashesById.size(), revisions, expected, duplicates, future,
                missing, polls);
    }

    private static List<Article> readAll(Properties props, String topic) throws JsonProcessingException {
        List<Article> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> endOffsets = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < endOffsets.get(tp))) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    out.add(Json.mapper().readValue(r.value(), Article.class));
                }
            }
        }
        return out;
    }
}
