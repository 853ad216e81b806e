package vn.tinradar.deploy.replay;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.config.DeployConfig;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.KafkaProperties;
import vn.tinradar.deploy.process.TinRadarProcess;
import vn.tinradar.deploy.process.TinRadarProcess.Role;

/**
 * Runs analyze and alerts (and the dashboard) on their own broker, pushes the items onto {@code articles.raw} at
 * the replay's clock with each record stamped with the item's publication time — so windows, stories and trends
 * follow the news' own time — then reads back what came out.
 */
public final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    /** Days kept beyond the oldest item's age: a replay may run for a while, and its data dir be read after. */
    private static final int KEEP_MARGIN_DAYS = 30;

    /** What the command line asked for. */
    public record Options(Path dataDir, Integer port, String bootstrap, double speed, Duration settle,
                          String adminPassword) {
    }

    /** What came out: the days, and how many of the pushed articles analyze had scored by the end. */
    public record Result(List<ReplayDay> days, int pushed, int scored) {
    }

    private final Settings settings;
    private final Options options;
    private final Clock wall;

    public Replay(Settings settings, Options options, Clock wall) {
        this.settings = settings;
        this.options = options;
        this.wall = wall;
    }

    public Result run(List<Article> articles, PrintStream progress) throws InterruptedException {
        EmbeddedKafka broker = null;
        String bootstrap = options.bootstrap();
        Settings settings = keepingEveryItem(articles.get(0).published().toInstant(), bootstrap == null, progress);
        try {
            if (bootstrap == null) {
                broker = new EmbeddedKafka(options.dataDir().resolve("kafka")).start();
                bootstrap = broker.bootstrapServers();
            }
            try (TinRadarProcess process = new TinRadarProcess(settings, new TinRadarProcess.Options(
                    options.dataDir(), options.port(), bootstrap, null, false,
                    EnumSet.of(Role.ANALYZE, Role.ALERTS), options.adminPassword())).start()) {
                progress.println("replay: dashboard at http://localhost:" + process.port() + "/ while it runs");
                Properties kafka = KafkaProperties.clients(bootstrap, settings.deploy().kafka().client());
                Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
                push(articles, topics, kafka, progress);
                progress.println("replay: all " + articles.size() + " items pushed; waiting for analyze to score "
                        + "them, then " + options.settle().toSeconds() + " s for alerts to settle");
                Map<String, ScoredArticle> scored = awaitScored(topics, kafka, articles.size(), progress);
                Thread.sleep(options.settle().toMillis());
                Map<String, Story> stories = TopicReport.readAll(topics.stories, kafka);
                Map<String, Alert> alerts = TopicReport.readAll(topics.alerts, kafka);
                return new Result(ReplayReport.days(scored.values(), stories.values(), alerts.values()),
                        articles.size(), scored.size());
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    /**
     * The settings to replay items from {@code oldest} with: on the replay's own broker, articles and trends kept for
     * {@link #keptDays}; on an external cluster, the cluster's own, with a warning when they are shorter.
     */
    private Settings keepingEveryItem(Instant oldest, boolean ownBroker, PrintStream progress) {
        int days = keptDays(oldest, wall.instant());
        DeployConfig.Retention retention = settings.deploy().kafka().retention();
        if (retention.articlesDays() >= days && retention.trendsDays() >= days) {
            return settings;
        }
        if (!ownBroker) {
            progress.println("replay: warning: the oldest item is from " + VnTime.dateTime(oldest) + ", older than "
                    + "kafka.retention (" + retention.articlesDays() + " days for articles, " + retention.trendsDays()
                    + " for trends): the cluster may delete items by their dates before analyze reads them");
            return settings;
        }
        progress.println("replay: the oldest item is from " + VnTime.dateTime(oldest) + "; this replay's broker keeps "
                + "articles and trends " + days + " days (kafka.retention), else it would delete them by their dates "
                + "before analyze and alerts read them");
        return keeping(settings, days);
    }

    /**
     * Days a topic must keep records dated from {@code oldest} for a replay starting {@code now}: a broker deletes a
     * log segment once its newest record is older than the topic's retention, whenever the records came (issue 11:
     * replaying September 2025 in December 2026, 2 of 3 runs lost about 100 items of 27–28/09 to the 400-day
     * retention, in segments deleted before analyze, slowed by the load, had read them).
     */
    static int keptDays(Instant oldest, Instant now) {
        long age = Math.max(0, Duration.between(oldest, now).toDays());
        return (int) Math.min(Integer.MAX_VALUE, age + KEEP_MARGIN_DAYS);
    }

    /** {@code settings} with the articles' and the trends' topics keeping at least {@code days}. */
    static Settings keeping(Settings settings, int days) {
        DeployConfig d = settings.deploy();
        DeployConfig.Kafka k = d.kafka();
        DeployConfig.Retention r = k.retention();
        DeployConfig.Retention kept = new DeployConfig.Retention(Math.max(r.articlesDays(), days),
                Math.max(r.trendsDays(), days), r.rejectedDays());
        DeployConfig.Kafka kafka = new DeployConfig.Kafka(k.bootstrap(), k.topicPrefix(), k.partitions(),
                k.replicationFactor(), k.standbyReplicas(), kept, k.client(), k.health());
        return new Settings(settings.document(), new DeployConfig(kafka, d.web(), d.demo()), settings.ingest(),
                settings.analyze(), settings.alerts(), settings.file());
    }

    /**
     * Waits until every pushed article is scored, or the count has not moved for {@link #STALL} (analyze drops
     * re-deliveries and copies, so fewer can be all there is), at most {@link #MAX_WAIT}.
     */
    private static Map<String, ScoredArticle> awaitScored(Topics topics, Properties kafka, int pushed,
                                                          PrintStream progress) throws InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        Map<String, ScoredArticle> scored = TopicReport.readAll(topics.articlesScored, kafka);
        int last = -1;
        long lastMoved = System.nanoTime();
        while (scored.size() < pushed && System.nanoTime() < deadline
                && System.nanoTime() - lastMoved < STALL.toNanos()) {
            if (scored.size() != last) {
                last = scored.size();
                lastMoved = System.nanoTime();
                progress.println("replay: " + last + " of " + pushed + " scored");
            }
            Thread.sleep(2_000);
            scored = TopicReport.readAll(topics.articlesScored, kafka);
        }
        return scored;
    }

    private void push(List<Article> articles, Topics topics, Properties kafka, PrintStream progress)
            throws InterruptedException {
        ReplayClock clock = new ReplayClock(articles.get(0).published().toInstant(), wall.instant(),
                options.speed());
        progress.println("replay: " + articles.size() + " items from " + VnTime.dateTime(
                articles.get(0).published().toInstant()) + " to " + VnTime.dateTime(
                articles.get(articles.size() - 1).published().toInstant()) + ", about "
                + clock.wallLength(articles.get(articles.size() - 1).published().toInstant()).toSeconds()
                + " s at speed " + options.speed());
        // trends have no baseline before a day (trend-min-history-hours) of counting, and analyze counts from the hour a
        // partition's flow reached a day's normal volume: a dump's thin first days are not a province's silence
        progress.println("replay: no burst is raised before " + settings.analyze().trendMinHistory().toHours()
                + " h of counting, which begins when a partition has carried "
                + settings.analyze().trendWatchMinArticlesPerDay() + " items within 24 h (so not before "
                + VnTime.dateTime(articles.get(0).published().toInstant().plus(settings.analyze().trendMinHistory()))
                + "; analyze logs event=trend-watching-since and event=trend-baseline-warming-up)");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(kafka, topics),
                new StringSerializer(), new ByteArraySerializer())) {
            LocalDate day = null;
            int sentToday = 0;
            for (Article a : articles) {
                Instant published = a.published().toInstant();
                long wait = Duration.between(wall.instant(), clock.due(published)).toMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                LocalDate itemDay = published.atZone(VnTime.ZONE).toLocalDate();
                if (!itemDay.equals(day)) {
                    if (day != null) {
                        progress.println("replay: " + day + " pushed " + sentToday);
                    }
                    day = itemDay;
                    sentToday = 0;
                }
                byte[] value = topics.articlesRaw.valueSerde().serializer().serialize(topics.articlesRaw.name(), a);
                send(producer, new ProducerRecord<>(topics.articlesRaw.name(), null, published.toEpochMilli(),
                        a.id(), value));
                sentToday++;
            }
            progress.println("replay: " + day + " pushed " + sentToday);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record)
            throws InterruptedException {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // an item the broker did not take is reported and the replay goes on: one lost line must not void
            // the rest of the week
            LOG.warn("event=replay-send-failed article={} error={}", record.key(),
                    e.getCause() == null ? e.toString() : e.getCause().toString());
        }
    }

    private static Properties producerProperties(Properties kafka, Topics topics) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, topics.prefix() + "replay");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }
}
