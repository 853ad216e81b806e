package vn.tinradar.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.ledger.KafkaLedger;
import vn.tinradar.alerts.delivery.MailTransport;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.delivery.Silence;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.alerts.delivery.SmtpTransport;
import vn.tinradar.alerts.delivery.WebhookTransport;
import vn.tinradar.alerts.report.ReportArchive;
import vn.tinradar.alerts.report.ReportSender;
import vn.tinradar.alerts.rules.AlertsTopology;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.alerts.view.Assignment;
import vn.tinradar.alerts.view.AtomFeed;
import vn.tinradar.alerts.view.AuditEntry;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.metrics.AlertMetrics;

/**
 * The alert service: the rules topology ({@code trends}, {@code stories}, {@code articles.scored} →
 * {@code alerts}, exactly-once v2, application id {@code <prefix>alerts}) plus one notifier thread that reads
 * the committed {@code alerts} topic into the staff view and sends e-mail and webhook calls. Deliveries,
 * lifecycle actions, silences and the audit trail are kept in the compacted {@code alerts.deliveries} topic and
 * read back at start, so a restart rebuilds the view and sends nothing twice. Side effects happen only for
 * committed records (read_committed), never inside the Streams transaction that may be retried. A scheduler
 * mails the weekly summary report (once per week, also across restarts) and archives it under
 * {@code dataDir/reports}.
 */
public final class AlertsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);

    private final AtomicReference<AlertsConfig> config;
    private final Province province;
    private final Topics topics;
    private final Properties kafka;
    private final Path dataDir;
    private final AlertMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final KafkaStreams streams;
    private final KafkaLedger ledger;
    private final KafkaProducer<String, Alert> producer;
    private final AlertBoard board;
    private final Silences silences;
    private final Notifier notifier;
    private final ReportSender reports;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alerts-report-scheduler");
        t.setDaemon(true);
        return t;
    });
    private volatile AlertFeedReader reader;
    private final java.util.concurrent.atomic.AtomicBoolean settling = new java.util.concurrent.atomic.AtomicBoolean();
    private ConfigWatcher watcher;
    private boolean started;
    private boolean closed;

    public AlertsService(AlertsConfig config, Topics topics, Properties kafka, Path dataDir, MeterRegistry registry) {
        this(config, Provinces.defaultProvince(), topics, kafka, dataDir, registry);
    }

    /** As above, for {@code province}: it names the reports. */
    public AlertsService(AlertsConfig config, Province province, Topics topics, Properties kafka, Path dataDir,
                         MeterRegistry registry) {
        this.province = province;
        this.config = new AtomicReference<>(config);
        this.topics = topics;
        this.kafka = kafka;
        this.dataDir = dataDir;
        this.metrics = new AlertMetrics(registry);
        StreamsBuilder builder = new StreamsBuilder();
        AlertsTopology.build(builder, topics, this.config::get, metrics::fired);
        Properties streamsProps = AlertsTopology.streamsProperties(kafka, topics.prefix(), dataDir);
        this.streams = new KafkaStreams(builder.build(streamsProps), streamsProps);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("event=stream-thread-failed error=\"{}\"", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.ledger = new KafkaLedger(topics.deliveries.name(), kafka);
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, topics.prefix() + "alerts-lifecycle");
        this.producer = new KafkaProducer<>(p, topics.alerts.keySerde().serializer(),
                topics.alerts.valueSerde().serializer());
        this.board = new AlertBoard(ledger, clock, metrics, this::writeBack);
        metrics.watch(status -> board.alerts(status).size());
        this.silences = new Silences(ledger, clock);
        // a silence set on one alert ends with it, whoever resolved it (staff, or its rule)
        board.addListener(a -> {
            if (a.status() == AlertStatus.RESOLVED) {
                silences.alertResolved(a.id());
            }
        });
        MailTransport mail = mailTransport(config, dataDir);
        this.reports = new ReportSender(this.config::get, province, ledger, mail, dataDir.resolve("reports"),
                this::scoredArticles, () -> board.alerts(null), clock);
        this.notifier = new Notifier(config, ledger, mail,
                config.webhook().configured() ? new WebhookTransport(config.webhook()) : null, silences,
                board::inhibited, metrics, clock);
        notifier.assignments(board::assignment);
    }

    private static MailTransport mailTransport(AlertsConfig config, Path dataDir) {
        if (!config.email().enabled()) {
            return null;
        }
        return config.email().smtp().configured() ? new SmtpTransport(config.email().smtp())
                : new OutboxTransport(dataDir.resolve("outbox"));
    }

    /** Starts the rules and the notifier; a second call is an error. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("alerts service is closed");
        }
        if (started) {
            throw new IllegalStateException("alerts service already started");
        }
        started = true;
        streams.start();
        reader = new AlertFeedReader(topics.alerts.name(), kafka, ledger, board, notifier, topics.alerts.valueSerde());
        reader.start();
        // the first check waits for the notifier to load the ledger, which knows the reports already sent
        scheduler.scheduleWithFixedDelay(this::sendReportIfDue, 90, 60, TimeUnit.SECONDS);
        LOG.info("event=alerts-started application={}alerts data-dir={} email={} webhook={}", topics.prefix(),
                dataDir, config.get().email().smtp().configured() ? "smtp" : "outbox",
                config.get().webhook().configured());
    }

    /** Stops everything; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        scheduler.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
        if (reader != null) {
            reader.close();
        }
        // leave the group now: a restarted service would otherwise wait out the old member's session timeout
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(15)));
        producer.close(Duration.ofSeconds(5));
        ledger.close();
        LOG.info("event=alerts-stopped");
    }

    /**
     * Applies a new configuration without a restart (hot reload): rules, thresholds, watch-lists, recipients,
     * routes, quiet hours and escalation. The mail server, webhook address and whether articles.scored is read
     * keep their start-up values until the next restart.
     */
    public void reload(AlertsConfig newConfig) {
        config.set(newConfig);
        notifier.reconfigure(newConfig);
        LOG.info("event=config-reloaded");
    }

    /**
     * Reloads the settings whenever {@code userFile} changes (checked about every two seconds, or at once when the
     * file system says so); an edit that {@code load} rejects is logged with its file and line and the settings in
     * force stay. Stops with the service.
     */
    public synchronized void watchConfig(Path userFile, java.util.function.Function<Path, AlertsConfig> load) {
        if (watcher != null) {
            throw new IllegalStateException("already watching " + userFile);
        }
        watcher = new ConfigWatcher(userFile, load, this::reload, 2000).start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Alerts newest first, all or those with the given status. */
    public List<Alert> alerts(AlertStatus statusOrNull) {
        return board.alerts(statusOrNull);
    }

    public Optional<Alert> alert(String id) {
        return board.alert(id);
    }

    /** @throws NoSuchElementException naming the id when no such alert exists */
    public Alert acknowledge(String id, String user) {
        return board.acknowledge(id, user);
    }

    /** @throws NoSuchElementException naming the id when no such alert exists */
    public Alert resolve(String id, String user) {
        Alert resolved = board.resolve(id, user);
        silences.alertResolved(id);
        return resolved;
    }

    /** Gives an alert to a staff member with a response deadline; unknown id → NoSuchElementException. */
    public Assignment assign(String id, String assignee, java.time.Instant dueBy, String user) {
        Assignment a = board.assign(id, assignee, dueBy, user);
        // the assignee hears of it now, not at the next sweep; a failure is retried like any send
        board.alert(id).ifPresent(notifier::notify);
        return a;
    }

    public Optional<Assignment> assignment(String id) {
        return board.assignment(id);
    }

    /** Called for every new or updated alert, as staff see it (feeds the live list). */
    public void addListener(Consumer<Alert> listener) {
        board.addListener(listener);
    }

    /** All alerts as an Atom 1.0 feed whose links start with {@code baseUrl}. */
    public String atomFeed(String baseUrl) {
        return AtomFeed.write(board.alerts(null), baseUrl);
    }

    /** Mutes alerts matching the template's matchers for {@code minutes}; recorded in the alert's audit trail. */
    public Silence silence(Silence matchers, long minutes) {
        if (matchers.alertId() != null && board.alert(matchers.alertId()).isEmpty()) {
            throw new NoSuchElementException("no alert with id '" + matchers.alertId() + "'");
        }
        Silence s = silences.add(matchers, minutes);
        if (s.alertId() != null) {
            board.audit(s.alertId(), "silenced", s.author(), s.reason());
        }
        return s;
    }

    /** Ends a silence now; unknown id → NoSuchElementException naming it. */
    public Silence expireSilence(String id) {
        return silences.expire(id);
    }

    public List<Silence> silences() {
        return silences.active();
    }

    /** Every recorded staff action on an alert, oldest first. */
    public List<AuditEntry> audit(String alertId) {
        return board.audit(alertId);
    }

    /**
     * Builds and archives the summary report of [from, to) (under {@code dataDir/reports}), and mails it to the
     * report recipients when {@code email}; returns the archived HTML page. Needs the Streams app running.
     */
    public Path report(LocalDate from, LocalDate to, boolean email) {
        return reports.report(from, to, email);
    }

    /** Mails the weekly report of the week starting on {@code monday} unless already sent; true if sent now. */
    public boolean sendWeeklyReport(LocalDate monday) {
        return reports.sendWeekly(monday);
    }

    /** The archived reports, newest first, and their files, for the dashboard. */
    public ReportArchive reportArchive() {
        return new ReportArchive(dataDir.resolve("reports"), province);
    }

    /**
     * Mails the weekly report of the last full week (Monday to Sunday before this one) as the scheduler would on
     * Monday morning, once the articles have stopped arriving: when the number of scored articles has not changed
     * for {@code quiet}, or {@code atMost} after this call, whichever comes first. For a freshly started
     * installation (the demo) whose crawler is still reading the sources' back issues; the regular schedule waits
     * meanwhile, so the week is not sent half-read. Sent once, as any weekly report.
     */
    public void sendLastWeekReportWhenSettled(Duration quiet, Duration atMost) {
        LocalDate monday = LocalDate.now(clock.withZone(vn.tinradar.common.text.VnTime.ZONE))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        settling.set(true);
        scheduler.execute(new Runnable() {
            private long count = -1;
            private long stableSince = System.nanoTime();

            @Override
            public void run() {
                long now = System.nanoTime();
                long seen = streams.state() == KafkaStreams.State.RUNNING && reader != null && reader.ledgerLoaded()
                        ? scoredCount() : -1;
                if (seen != count) {
                    count = seen;
                    stableSince = now;
                }
                boolean settled = seen >= 0 && now - stableSince >= quiet.toNanos();
                // never before the ledger is read: it is what knows whether this week went out already
                if (!settled && (now < deadline || seen < 0)) {
                    scheduler.schedule(this, 1, TimeUnit.SECONDS);
                    return;
                }
                try {
                    LOG.info("event=report-settled week={} articles={} waited-s={}", monday, seen,
                            Duration.ofNanos(now - start).toSeconds());
                    reports.sendWeekly(monday);
                } catch (RuntimeException e) {
                    LOG.warn("event=report-failed week={} error=\"{}\"", monday, e.getMessage());
                } finally {
                    settling.set(false);
                }
            }
        });
    }

    private long scoredCount() {
        if (!config.get().useScoredArticles()) {
            return 0;
        }
        return streams.store(StoreQueryParameters.fromNameAndType(AlertsTopology.SCORED_ARTICLES_STORE,
                QueryableStoreTypes.<String, ScoredArticle>keyValueStore())).approximateNumEntries();
    }

    private void sendReportIfDue() {
        try {
            if (streams.state() == KafkaStreams.State.RUNNING && !settling.get()) {
                reports.sendIfDue();
            }
        } catch (RuntimeException e) {
            LOG.warn("event=report-failed retry-in-s=60 error=\"{}\"", e.getMessage());
        }
    }

    /** Every scored article the global store holds (empty when articles.scored is not read). */
    private Collection<ScoredArticle> scoredArticles() {
        if (!config.get().useScoredArticles()) {
            return List.of();
        }
        if (streams.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("the alerts Streams app is " + streams.state() + ", not running yet");
        }
        ReadOnlyKeyValueStore<String, ScoredArticle> store = streams.store(StoreQueryParameters.fromNameAndType(
                AlertsTopology.SCORED_ARTICLES_STORE, QueryableStoreTypes.<String, ScoredArticle>keyValueStore()));
        List<ScoredArticle> all = new ArrayList<>();
        try (KeyValueIterator<String, ScoredArticle> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    private void writeBack(Alert alert) {
        try {
            producer.send(new ProducerRecord<>(topics.alerts.name(), alert.id(), alert)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing alert " + alert.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write alert " + alert.id() + " to " + topics.alerts.name()
                    + ": " + e.getMessage(), e);
        }
    }
}
