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
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.kafka.JsonSerde;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.demo.DemoArticle;
import vn.tinradar.deploy.demo.DemoCorpus;
import vn.tinradar.deploy.demo.DemoSource;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.TopicCreator;

/**
 * Articles per second through the whole analyze topology (normalise, dedup, score, cluster, index, trends) on a
 * real embedded broker with exactly-once processing: the demo corpus is written to {@code articles.raw}
 * {@code rounds} times (each round under new URLs, so nothing is an exact duplicate), then the clock runs
 * until the index holds every article.
 *
 * <p>Run: {@code ./mvnw -B -q -pl deploy -am test-compile} then the command in docs/benchmarks.md.
 */
public final class TopologyThroughputBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("tinradar-bench");
        List<Article> articles = corpusArticles(rounds);
        Settings settings = Settings.load(null);
        Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka")).start()) {
            Properties props = new Properties();
            props.put("bootstrap.servers", kafka.bootstrapServers());
            TopicCreator.ensure(props, topics, settings.deploy().kafka().topicLayout());
            produce(props, topics, articles);
            System.out.printf("bench=topology articles=%d partitions=%d%n", articles.size(),
                    settings.deploy().kafka().partitions());
            long start = System.nanoTime();
            try (AnalyzeService analyze = new AnalyzeService(settings.analyze(), topics, props, dir,
                    DefaultArticleScorer.load(null), new SimpleMeterRegistry())) {
                analyze.start();
                long firstSeen = 0;
                while (analyze.indexedCount() < articles.size()) {
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
            }
        }
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
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props, new StringSerializer(),
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
