package vn.tinradar.deploy.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.pipeline.index.ArticleIndex;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.JsonSerde;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.demo.DemoArticle;
import vn.tinradar.deploy.demo.DemoCorpus;
import vn.tinradar.deploy.demo.DemoSource;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.TopicCreator;
import vn.tinradar.deploy.replay.ReplayItems;

/**
 * Articles per second through the whole analyze topology (normalise, dedup, score, cluster, index, trends) on a
 * real embedded broker with exactly-once processing: the demo corpus is written to {@code articles.raw}
 * {@code rounds} times (each round under new URLs, so nothing is an exact duplicate), or real items from the
 * replay's JSON-lines files given instead of a number, then the clock runs until the index holds every article.
 * Before it, the same articles are scored and written to a plain Lucene index in the same JVM: the ceiling.
 *
 * <p>Run: {@code ./mvnw -B -q -pl deploy -am test-compile} then the command in docs/benchmarks.md.
 */
public final class TopologyThroughputBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tinradar-bench");
        List<Article> articles = args.length > 0 && !args[0].matches("\\d+") ? realArticles(args)
                : corpusArticles(args.length > 0 ? Integer.parseInt(args[0]) : 20);
        Settings settings = Settings.load(null);
        DefaultArticleScorer scorer = DefaultArticleScorer.load(null);
        double luceneRate = ceiling(articles, scorer, dir.resolve("ceiling"), settings.analyze().indexRamBufferMb());
        Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka")).start()) {
            Properties props = new Properties();
            props.put("bootstrap.servers", kafka.bootstrapServers());
            // STREAM_THREADS=2 runs the topology on two stream threads (Kafka Streams' num.stream.threads)
            props.put("num.stream.threads", System.getenv().getOrDefault("STREAM_THREADS", "1"));
            TopicCreator.ensure(props, topics, settings.deploy().kafka().topicLayout());
            produce(props, topics, articles);
            System.out.printf("bench=topology articles=%d partitions=%d stream_threads=%s%n", articles.size(),
                    settings.deploy().kafka().partitions(), props.get("num.stream.threads"));
            long start = System.nanoTime();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (AnalyzeService analyze = new AnalyzeService(settings.analyze(), topics, props, dir,
                    scorer, registry)) {
                analyze.start();
                long firstSeen = 0;
                // real streams repeat an item now and then: dedup drops the repeat, which is never indexed
                while (analyze.indexedCount() + dropped(registry) < articles.size()) {
                    if (firstSeen == 0 && analyze.indexedCount() > 0) {
                        firstSeen = System.nanoTime();
                    }
                    if (System.nanoTime() - start > 600_000_000_000L) {
                        throw new IllegalStateException("gave up after 10 min at " + analyze.indexedCount());
                    }
                    Thread.sleep(50);
                }
                long end = System.nanoTime();
                double total = (end - start) / 1e9;
                double steady = (end - firstSeen) / 1e9;
                System.out.printf("bench=topology seconds_from_start=%.1f articles_per_s_from_start=%.0f "
                                + "seconds_after_first_indexed=%.1f articles_per_s_steady=%.0f%n",
                        total, articles.size() / total, steady, articles.size() / steady);
                System.out.printf("bench=ratio steady_to_lucene=%.2f dropped_as_duplicates_or_rejected=%d%n",
                        articles.size() / steady / luceneRate, dropped(registry));
            }
        }
    }

    /** Articles analyze dropped before the index: duplicates of one already seen, and rejected records. */
    private static long dropped(SimpleMeterRegistry registry) {
        long n = 0;
        for (String stage : new String[] {"duplicate", "rejected"}) {
            var counter = registry.find("tinradar.analyze.articles").tag("stage", stage).counter();
            n += counter == null ? 0 : (long) counter.count();
        }
        return n;
    }

    /**
     * The same articles, in the same JVM just before the topology: scored on one thread, then written into a plain
     * on-disk Lucene index with the topology's fields and analysers (one commit at the end). The topology's rate is
     * read against these two, since the shared machine's speed changes from run to run.
     */
    private static double ceiling(List<Article> articles, DefaultArticleScorer scorer, Path dir, int ramBufferMb) {
        for (int warm = 0; warm < 2; warm++) {
            articles.subList(0, Math.min(500, articles.size())).forEach(scorer::score);
        }
        long start = System.nanoTime();
        List<ScoredArticle> scored = articles.stream().map(scorer::score).toList();
        double scoring = (System.nanoTime() - start) / 1e9;
        long indexStart = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(dir, ramBufferMb)) {
            long offset = 0;
            for (ScoredArticle s : scored) {
                index.upsert(s, offset++);
            }
            index.commit();
        }
        double indexing = (System.nanoTime() - indexStart) / 1e9;
        System.out.printf("bench=ceiling articles=%d scoring_per_s=%.0f lucene_per_s=%.0f "
                        + "scoring_then_lucene_per_s=%.0f%n", articles.size(), articles.size() / scoring,
                articles.size() / indexing, articles.size() / (scoring + indexing));
        return articles.size() / indexing;
    }

    /** Real items in the replay's input format (JSON lines), every file in turn, in publication order. */
    private static List<Article> realArticles(String[] files) {
        List<Article> out = new ArrayList<>();
        for (String file : files) {
            ReplayItems.Loaded loaded = ReplayItems.load(Path.of(file), SourceTier.NATIONAL_PRESS);
            System.out.printf("bench=input file=%s articles=%d rejected=%d%n", file, loaded.articles().size(),
                    loaded.rejected().size());
            out.addAll(loaded.articles());
        }
        return out;
    }

    private static List<Article> corpusArticles(int rounds) {
        DemoCorpus corpus = DemoCorpus.bundled();
        List<Article> out = new ArrayList<>();
        Instant fetched = Instant.now();
        for (int round = 0; round < rounds; round++) {
            for (DemoArticle a : corpus.articles()) {
                DemoSource source = corpus.sourcesById().get(a.source());
                String url = "https://" + source.host() + "/bench-" + round + "/" + a.slug();
                // analyze re-hashes the normalised text, so each round must really differ or it is a duplicate
                String title = round == 0 ? a.title() : a.title() + " (cập nhật " + round + ")";
                String text = String.join("\n\n", a.paragraphs())
                        + (round == 0 ? "" : "\n\nBài cập nhật lần thứ " + round + " theo thông tin mới nhất.");
                out.add(new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, source.id(),
                        source.name(), source.tier(), title, a.lead(), text, a.author(), a.section(),
                        a.image(), "vi", corpus.corpusTime(a).atOffset(ZoneOffset.ofHours(7)), null, "page",
                        fetched, ArticleIds.contentHash(title, text), null,
                        source.provinceOnly()));
            }
        }
        return out;
    }

    private static void produce(Properties props, Topics topics, List<Article> articles) throws Exception {
        Properties producerProps = new Properties();
        producerProps.putAll(props);
        // one request in flight per partition: on a loaded machine a batch that met NOT_LEADER was retried behind
        // later ones, the broker then refused their sequence numbers and the writes expired (seen at load 12)
        producerProps.put("max.in.flight.requests.per.connection", "1");
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                new JsonSerde<>(Article.class).serializer())) {
            // one write first, waited for: on a broker that has just created the topic, a burst of writes can meet
            // NOT_LEADER and come back as rejected sequence numbers, which the producer then retries forever
            Article first = articles.get(0);
            producer.send(new ProducerRecord<>(topics.articlesRaw.name(), first.id(), first)).get();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Article a : articles.subList(1, articles.size())) {
                sent.add(producer.send(new ProducerRecord<>(topics.articlesRaw.name(), a.id(), a)));
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get(); // a lost write would make the bench wait for articles that never come
            }
        }
    }
}
