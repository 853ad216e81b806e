package vn.tinradar.ingest.recheck;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.WatchRequest;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.social.TelegramPost;
import vn.tinradar.ingest.source.FeedKind;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;

/**
 * Re-checks watched articles after publication, on one thread: reads {@code ingest.watch} (WatchRequest, key
 * {@code articleId|origin}, compacted) from the beginning and follows it, looks again at each article when its
 * {@link RecheckSchedule} says, through the crawler's own {@link Fetcher} (robots.txt, per-host turns, global
 * cap) and at most {@code max-per-hour} times an hour, and writes what it found ({@link RecheckOutput}).
 *
 * <p>State: one {@link RecheckState} per watched article, restored from {@code ingest.recheck} at start. A page
 * that cannot be fetched or read (timeout, too large, unreadable bytes) is logged as one line and tried again at
 * the next step; nothing stops the thread but {@link #close}. One instance re-checks every watch: run it in one
 * ingest process (ingest README).
 */
public final class RecheckService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecheckService.class);
    private static final Duration IDLE = Duration.ofMillis(500);

    private final IngestConfig.Recheck config;
    private final RecheckSchedule schedule;
    private final SourceRegistry sources;
    private final Fetcher fetcher;
    private final PageReader reader;
    private final long maxPageBytes;
    private final Topics topics;
    private final Properties kafka;
    private final RecheckOutput output;
    private final Clock clock;
    private final IngestMetrics metrics;
    private final WatchBook watches = new WatchBook();
    private final Map<String, RecheckState> states = new ConcurrentHashMap<>();
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final AtomicLong checks = new AtomicLong();
    private final Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;

    /** @param fetcher the crawler's fetcher, so re-checks wait their turn on each host like every other fetch */
    public RecheckService(IngestConfig config, SourceRegistry sources, Fetcher fetcher, Topics topics,
                          Properties kafka, MeterRegistry meters, Clock clock) {
        this.config = config.recheck();
        this.schedule = scheduleOf(config.recheck());
        this.sources = sources;
        this.fetcher = fetcher;
        this.reader = new PageReader(Duration.ofMillis(config.documentBudgetMs()));
        this.maxPageBytes = config.maxPageBytes();
        this.topics = topics;
        this.kafka = kafka;
        this.output = new RecheckOutput(topics, kafka, Duration.ofMillis(config.stateRestoreTimeoutMs()));
        this.clock = clock;
        this.metrics = new IngestMetrics(meters);
        this.thread = new Thread(this::run, "ingest-recheck");
        this.thread.setDaemon(true);
    }

    /** The schedule the settings describe. */
    public static RecheckSchedule scheduleOf(IngestConfig.Recheck r) {
        return new RecheckSchedule(r.stepsMinutes().stream().map(m -> Duration.ofMinutes(m)).toList(),
                Duration.ofHours(r.thenEveryHours()), Duration.ofDays(r.maxDays()));
    }

    /** Restores the state of every watched article, then starts following the watches. */
    public RecheckService start() {
        if (!config.enabled()) {
            LOG.info("event=recheck-disabled");
            return this;
        }
        states.putAll(output.restore());
        thread.start();
        LOG.info("event=recheck-started restored={}", states.size());
        return this;
    }

    /** How many re-checks have been made since start (fetched and judged, readable or not). */
    public long checksMade() {
        return checks.get();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> consumer = watchConsumer()) {
            this.consumer = consumer;
            while (!closed) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(IDLE)) {
                    take(r);
                }
                checkDue();
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.error("event=recheck-stopped error=\"{}\"", e.toString(), e);
            }
        }
    }

    private void take(ConsumerRecord<String, byte[]> r) {
        try {
            WatchRequest w = r.value() == null ? null
                    : topics.watch.valueSerde().deserializer().deserialize(r.topic(), r.value());
            if (w != null && (w.articleId() == null || w.url() == null || w.origin() == null)) {
                LOG.warn("event=watch-rejected key={} reason=\"no article id, url or origin\"", r.key());
                return;
            }
            watches.apply(r.key(), w);
        } catch (RuntimeException e) {
            LOG.warn("event=watch-rejected key={} reason=\"unreadable: {}\"", r.key(), e.getMessage());
        }
    }

    private void checkDue() {
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        for (WatchBook.Watched w : watches.all()) {
            RecheckState state = states.computeIfAbsent(w.articleId(),
                    id -> RecheckState.first(id, w.url(), w.source(), w.anchor(), w.title()));
            if (state.removed()) {
                continue;
            }
            Optional<Instant> next = schedule.next(state.anchor(), state.lastCheck(), w.open());
            if (next.isPresent() && !next.get().isAfter(now)) {
                due.add(new Due(state, next.get()));
            }
        }
        due.sort(Comparator.comparing(Due::at));
        for (Due d : due) {
            if (closed || !withinBudget(clock.instant())) {
                return;
            }
            check(d.state());
        }
    }

    private record Due(RecheckState state, Instant at) {
    }

    private boolean withinBudget(Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
            recent.pollFirst();
        }
        return recent.size() < config.maxPerHour();
    }

    private void check(RecheckState state) {
        Optional<Source> source = sourceOf(state.url());
        Instant now = clock.instant();
        recent.addLast(now);
        // a Telegram message's own address shows its channel even once the message is deleted; its embed page tells
        boolean telegram = TelegramPost.isPermalink(state.url())
                && ("t.me".equals(host(state.url())) || source.map(RecheckService::telegram).orElse(false));
        FetchResult page = fetcher.fetch(new FetchRequest(telegram ? TelegramPost.embedUrl(state.url()) : state.url(),
                source.map(Source::id).orElse("recheck"), maxPageBytes, null, null,
                source.map(Source::privateHosts).orElse(java.util.Set.of())));
        ExtractedPage extracted = telegram ? reader.readTelegramPost(page)
                : reader.read(page, source.map(Source::selectors).orElse(Selectors.NONE));
        CheckResult result = PageCheck.judge(state, page, extracted, clock.instant());
        states.put(state.articleId(), result.state());
        output.write(result);
        checks.incrementAndGet();
        metrics.rechecked(result.change() != null ? result.change().kind() : result.unreadable() != null ? "unreadable"
                : result.revision() != null ? "first" : "unchanged");
        if (result.change() != null) {
            LOG.info("event=article-{} article={} url={} revision={} reason=\"{}\"", result.change().kind(),
                    state.articleId(), state.url(), result.change().revision(), result.change().reason());
        } else if (result.unreadable() != null) {
            LOG.warn("event=recheck-unreadable article={} url={} reason=\"{}\"", state.articleId(), state.url(),
                    result.unreadable());
        } else {
            LOG.debug("event=recheck-unchanged article={} revision={}", state.articleId(), result.state().revision());
        }
    }

    /**
     * The registry's source whose home or feeds are on the article's host and port (its selectors, its private
     * hosts): sites on one address but different ports, as local mirrors are, are different sources.
     */
    private Optional<Source> sourceOf(String url) {
        String site = site(url);
        if (site == null) {
            return Optional.empty();
        }
        for (Source s : sources.sources()) {
            if (site.equals(site(s.home())) || s.feeds().stream().anyMatch(f -> site.equals(site(f.url())))) {
                return Optional.of(s);
            }
        }
        String host = host(url);
        return sources.sources().stream().filter(s -> s.privateHosts().contains(host)).findFirst();
    }

    /** Host and port, the scheme's default port when none is written. */
    private static String site(String url) {
        try {
            URI uri = url == null ? null : URI.create(url);
            if (uri == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean telegram(Source source) {
        return source.feeds().stream().anyMatch(f -> f.kind() == FeedKind.TELEGRAM);
    }

    private static String host(String url) {
        try {
            String h = url == null ? null : URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private KafkaConsumer<String, byte[]> watchConsumer() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, topics.watch.name() + "-recheck");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<PartitionInfo> infos = consumer.partitionsFor(topics.watch.name(), Duration.ofSeconds(30));
        List<TopicPartition> partitions = infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        if (partitions.isEmpty()) {
            LOG.warn("event=watch-topic-missing topic={} note=\"no article will be re-checked\"", topics.watch.name());
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread.isAlive()) {
            try {
                // a fetch under way ends within its read timeout
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        output.close();
    }
}
