package vn.tinradar.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.policy.PolicyPage;
import vn.tinradar.alerts.policy.PolicyPageBuilder;
import vn.tinradar.alerts.policy.book.ListedPolicy;
import vn.tinradar.alerts.policy.book.PolicyBook;
import vn.tinradar.alerts.policy.book.PolicyMerge;
import vn.tinradar.common.event.DraftPolicy;
import vn.tinradar.common.kafka.StaffTable;
import vn.tinradar.common.kafka.StaffWriter;
import vn.tinradar.alerts.delivery.DeliveryService;
import vn.tinradar.alerts.ledger.KafkaLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.report.ReportService;
import vn.tinradar.alerts.report.RetainedPeriod;
import vn.tinradar.alerts.rules.AlertsTopology;
import vn.tinradar.alerts.rules.WatchRequests;
import vn.tinradar.alerts.view.LifecycleService;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.TopicRetention;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * The alert service: the rules topology ({@code trends}, {@code stories}, {@code articles.scored} →
 * {@code alerts}, exactly-once v2, application id {@code <prefix>alerts}) plus one reader thread that feeds the
 * committed {@code alerts} topic to the staff view ({@link LifecycleService}) and to e-mail and webhook calls
 * ({@link DeliveryService}), and the leaders' reports ({@link ReportService}, mailed weekly on its schedule).
 * Deliveries, lifecycle actions, silences and the audit trail are kept in the compacted {@code alerts.deliveries}
 * topic and read back at start, so a restart rebuilds the view and sends nothing twice. Side effects happen only
 * for committed records (read_committed), never inside the Streams transaction that may be retried. Several
 * instances share the sending through the {@link DeliveryLease} (one sender per alert, a stopped instance's alerts
 * taken over after the send it had under way); each serves the whole staff view.
 *
 * <p>The staff actions below, kept for the web routes, hand over to those three services; new callers use the
 * services.
 */
public final class AlertsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);

    private final AtomicReference<AlertsConfig> config;
    private final Topics topics;
    private final Properties kafka;
    private final Path dataDir;
    private final KafkaStreams streams;
    private final KafkaLedger ledger;
    private final LifecycleService lifecycle;
    private final DeliveryService delivery;
    private final ReportService reports;
    private final DeliveryLease lease;
    private final PolicyBook policies;
    private final StaffWriter staffWriter;
    private volatile AlertFeedReader reader;
    private ConfigWatcher watcher;
    private boolean started;
    private boolean closed;

    public AlertsService(AlertsConfig config, Topics topics, Properties kafka, Path dataDir, MeterRegistry registry) {
        this(config, Provinces.defaultProvince(), topics, kafka, dataDir, registry);
    }

    /** As above, for {@code province}: it names the reports. */
    public AlertsService(AlertsConfig config, Province province, Topics topics, Properties kafka, Path dataDir,
                         MeterRegistry registry) {
        Clock clock = Clock.systemUTC();
        this.config = new AtomicReference<>(config);
        this.topics = topics;
        this.kafka = kafka;
        this.dataDir = dataDir;
        AlertMetrics metrics = new AlertMetrics(registry);
        StreamsBuilder builder = new StreamsBuilder();
        this.staffWriter = new StaffWriter(kafka, topics.prefix() + "alerts-staff-records");
        this.policies = new PolicyBook(new StaffTable<>(topics.policies, staffWriter, this::policiesStore),
                clock);
        // the rules read the settings joined with the dashboard's policies, so a saved policy needs no restart
        AlertsTopology.build(builder, topics, this::rulesConfig, metrics::fired);
        Properties streamsProps = AlertsTopology.streamsProperties(kafka, topics.prefix(), dataDir);
        this.streams = new KafkaStreams(builder.build(streamsProps), streamsProps);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("event=stream-thread-failed error=\"{}\"", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.ledger = new KafkaLedger(topics.deliveries.name(), kafka);
        // the lifecycle tells delivery of a resolution and an assignment only after both exist
        this.lifecycle = new LifecycleService(topics, kafka, ledger, clock, metrics,
                id -> {
                    delivery().alertResolved(id);
                    closeWatches(id);
                }, alert -> delivery().notifier().notify(alert));
        this.delivery = new DeliveryService(config, ledger, lifecycle.board(), dataDir, metrics, clock);
        this.lease = new DeliveryLease(topics.alerts.name(), topics.prefix() + "alerts-delivery", kafka,
                delivery.notifier()::betweenSends);
        delivery.notifier().owner(lease::owns);
        // the reports cover the draft policies staff entered in the dashboard as well as the settings' ones
        this.reports = new ReportService(() -> PolicyMerge.apply(this.config.get(), policies.current()), province,
                ledger, delivery.mail(), dataDir,
                this::scoredArticles, () -> lifecycle.alerts(null), this::mayMailReports, clock,
                () -> RetainedPeriod.of(topics.articlesScored.name(),
                        TopicRetention.of(kafka, topics.prefix(), topics.articlesScored.name()), clock.instant()));
    }

    /**
     * Tells ingest that the articles of an alert staff resolved need no more weekly re-checks: staff resolve in the
     * ledger, not in the alerts topic, so the topology's watch requests would stay open.
     */
    private void closeWatches(String alertId) {
        lifecycle.alert(alertId).ifPresent(alert -> WatchRequests.of(alert.status() == AlertStatus.RESOLVED ? alert
                        : withStatus(alert, AlertStatus.RESOLVED))
                .forEach(kv -> staffWriter.write(topics.watch, kv.key, kv.value)));
    }

    private static Alert withStatus(Alert a, AlertStatus status) {
        return new Alert(a.v(), a.id(), a.rule(), a.severity(), status, a.title(), a.summary(), a.suggestedAction(),
                a.signals(), a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(), a.lastSeen(),
                a.updatedAt(), a.revision(), a.ackBy(), a.ackAt());
    }

    /** Starts the rules, the reader and the report schedule; a second call is an error. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("alerts service is closed");
        }
        if (started) {
            throw new IllegalStateException("alerts service already started");
        }
        started = true;
        streams.start();
        lease.start();
        reader = new AlertFeedReader(topics.alerts.name(), kafka, ledger, lifecycle.board(), delivery.notifier(),
                lease, topics.alerts.valueSerde());
        reader.start();
        reports.schedule().start();
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
        reports.close();
        if (watcher != null) {
            watcher.close();
        }
        // hand the deliveries over first (after the send in progress) so that the other instance starts at once
        lease.close();
        if (reader != null) {
            reader.close();
        }
        // leave the group now: a restarted service would otherwise wait out the old member's session timeout
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(15)));
        lifecycle.close();
        ledger.close();
        staffWriter.close();
        LOG.info("event=alerts-stopped");
    }

    /**
     * Applies a new configuration without a restart (hot reload): rules, thresholds, watch-lists, recipients,
     * routes, quiet hours and escalation. The mail server, webhook address and whether articles.scored is read
     * keep their start-up values until the next restart.
     */
    public void reload(AlertsConfig newConfig) {
        config.set(newConfig);
        delivery.reconfigure(newConfig);
        LOG.info("event=config-reloaded");
    }

    /**
     * Reloads the settings whenever {@code userFile} changes (checked about every two seconds, or at once when the
     * file system says so); an edit that {@code load} rejects is logged with its file and line and the settings in
     * force stay. Stops with the service.
     */
    public synchronized void watchConfig(Path userFile, Function<Path, AlertsConfig> load) {
        if (watcher != null) {
            throw new IllegalStateException("already watching " + userFile);
        }
        watcher = new ConfigWatcher(userFile, load, this::reload, 2000).start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Acknowledge, resolve, assign, audit trail, Atom feed. */
    public LifecycleService lifecycle() {
        return lifecycle;
    }

    /** E-mail, webhook and silences. */
    public DeliveryService delivery() {
        return delivery;
    }

    /** The draft policies staff enter in the dashboard. */
    public PolicyBook policyBook() {
        return policies;
    }

    /** Every draft policy the rules follow, the settings' and the dashboard's, with where each comes from. */
    public List<ListedPolicy> policies() {
        return PolicyMerge.merge(config.get().rules().draftPolicies().policies(), policies.current());
    }

    /**
     * Deletes the dashboard's policy {@code id}; returns the settings' policy of that id now followed again, if any.
     *
     * @throws vn.tinradar.alerts.policy.book.SettingsPolicyLocked when the id is only in the settings file
     * @throws java.util.NoSuchElementException when no policy has that id
     */
    public Optional<AlertsConfig.Policy> deletePolicy(String id, String user) {
        return policies.delete(id, user, config.get().rules().draftPolicies().policies());
    }

    /**
     * The page of one draft policy: coverage over its consultation window, tone, tiers, stories and the compiled
     * feedback.
     *
     * @throws java.util.NoSuchElementException when no policy has that id
     */
    public PolicyPage policyPage(String id) {
        AlertsConfig.Policy policy = policies().stream().map(ListedPolicy::policy).filter(p -> p.id().equals(id))
                .findFirst().orElseThrow(() -> new java.util.NoSuchElementException("no draft policy with id " + id));
        return PolicyPageBuilder.build(policy, scoredArticles());
    }

    /** The global copy of the policies topic, or empty while the app is being built or not running. */
    private Optional<ReadOnlyKeyValueStore<String, DraftPolicy>> policiesStore() {
        if (streams == null || !running()) {
            return Optional.empty();
        }
        return Optional.of(streams.store(StoreQueryParameters.fromNameAndType(AlertsTopology.POLICIES_STORE,
                QueryableStoreTypes.<String, DraftPolicy>keyValueStore())));
    }

    private AlertsConfig rulesConfig() {
        return PolicyMerge.apply(config.get(), policies.current());
    }

    /** Reports on demand, the weekly schedule and the archive. */
    public ReportService reports() {
        return reports;
    }

    /**
     * How many scored articles the alerts app holds, or -1 until it runs and has read its ledger back (before
     * that, neither the figures nor what was already sent are known).
     */
    public long scoredArticleCount() {
        if (!running() || reader == null || !reader.ledgerLoaded()) {
            return -1;
        }
        if (!config.get().useScoredArticles()) {
            return 0;
        }
        return streams.store(StoreQueryParameters.fromNameAndType(AlertsTopology.SCORED_ARTICLES_STORE,
                QueryableStoreTypes.<String, ScoredArticle>keyValueStore())).approximateNumEntries();
    }

    /**
     * Whether the weekly report may be mailed from here now: the app runs, this instance holds the first partition
     * of {@code alerts} (so one of several instances mails it), and the ledger holds what the others recorded.
     */
    private boolean mayMailReports() {
        if (!running() || reader == null || !reader.ledgerLoaded() || !lease.ownsPartition(0)) {
            return false;
        }
        ledger.refresh();
        return true;
    }

    private boolean running() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Every scored article the global store holds (empty when articles.scored is not read). */
    private Collection<ScoredArticle> scoredArticles() {
        if (!config.get().useScoredArticles()) {
            return List.of();
        }
        if (!running()) {
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
}
