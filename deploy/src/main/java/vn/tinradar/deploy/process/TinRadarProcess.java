package vn.tinradar.deploy.process;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.analyze.score.topic.TopicTaxonomy;
import vn.tinradar.alerts.spokes.ResponseMail;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.DeployConfig;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.demo.DemoCorpus;
import vn.tinradar.deploy.demo.DemoDirectory;
import vn.tinradar.deploy.demo.DemoIncident;
import vn.tinradar.deploy.demo.DemoSite;
import vn.tinradar.deploy.demo.DemoSitePorts;
import vn.tinradar.deploy.incident.IncidentBook;
import vn.tinradar.deploy.incident.IncidentCollector;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.incident.IncidentSubjects;
import vn.tinradar.deploy.incident.KafkaIncidentLog;
import vn.tinradar.deploy.incident.KafkaScoredArticleFeed;
import vn.tinradar.deploy.incident.StoryArticles;
import vn.tinradar.deploy.demo.LastWeekReport;
import vn.tinradar.deploy.kafka.BrokerContact;
import vn.tinradar.deploy.tip.KafkaTipLog;
import vn.tinradar.deploy.tip.TipAnalyzer;
import vn.tinradar.deploy.tip.TipBook;
import vn.tinradar.deploy.tip.TipPage;
import vn.tinradar.deploy.tip.TipService;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.KafkaAccessCheck;
import vn.tinradar.deploy.kafka.KafkaProperties;
import vn.tinradar.deploy.kafka.TopicCreator;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.AlertStream;
import vn.tinradar.deploy.web.Backends;
import vn.tinradar.deploy.web.Incidents;
import vn.tinradar.deploy.web.signin.EndedSessions;
import vn.tinradar.deploy.web.signin.KafkaEndedSessions;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.spokes.SpokesNetwork;
import vn.tinradar.deploy.web.users.KafkaUserLog;
import vn.tinradar.deploy.web.users.PasswordRules;
import vn.tinradar.deploy.web.users.UserAdmin;
import vn.tinradar.deploy.web.users.UserBook;
import vn.tinradar.deploy.web.WebServer;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.imports.ImportFolder;
import vn.tinradar.ingest.recheck.RecheckService;

/**
 * One TinRadar process: optionally the embedded broker and the demo site, then the services it was asked to
 * run (ingest, analyze, alerts), then the web server. Stops in the reverse order.
 */
public final class TinRadarProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TinRadarProcess.class);
    /** How often open incidents look for new articles: well before a story's recent-articles list turns over. */
    private static final Duration COLLECT_EVERY = Duration.ofSeconds(20);

    /** A service a process can run; {@code run} runs all three. */
    public enum Role { INGEST, ANALYZE, ALERTS }

    /** What the command line asked for, on top of the settings. */
    public record Options(Path dataDir, Integer port, String bootstrap, Path sourcesFile, boolean demo,
                          Set<Role> roles, String adminPassword) {
    }

    private final Settings settings;
    private final Options options;
    private final List<AutoCloseable> started = new ArrayList<>();
    private WebServer web;
    private String adminPasswordNote;

    public TinRadarProcess(Settings settings, Options options) {
        this.settings = settings;
        this.options = options;
    }

    public TinRadarProcess start() {
        long begin = System.nanoTime();
        Clock clock = Clock.systemUTC();
        MetricsRegistry metrics = remember(new MetricsRegistry());
        Path dataDir = options.dataDir();

        SourceRegistry sources = null;
        DemoSite demoSite = null;
        if (options.roles().contains(Role.INGEST)) {
            if (options.demo()) {
                // the ports of the last start on this data dir first: the same article URLs, the crawler's memory
                int firstPort = settings.deploy().demo().firstPort();
                DemoSitePorts keptPorts = new DemoSitePorts(dataDir);
                demoSite = remember(new DemoSite(clock, DemoCorpus.bundled(), firstPort, keptPorts.last(firstPort)));
                demoSite.start();
                keptPorts.keep(firstPort, demoSite.ports());
                sources = SourceRegistry.parse("demo-sources.yaml", demoSite.sourcesYaml());
            } else {
                sources = SourceRegistry.load(requireSources());
            }
        }

        String bootstrap = firstNonBlank(options.bootstrap(), settings.deploy().kafka().bootstrap());
        if (bootstrap == null) {
            bootstrap = remember(new EmbeddedKafka(dataDir.resolve("kafka")).start()).bootstrapServers();
        }
        DeployConfig.Kafka kafkaSettings = settings.deploy().kafka();
        Properties kafka = KafkaProperties.clients(bootstrap, kafkaSettings.client());
        Properties streamsKafka = KafkaProperties.streams(kafka, kafkaSettings.replicationFactor(),
                kafkaSettings.standbyReplicas());
        Topics topics = new Topics(kafkaSettings.topicPrefix());
        if (KafkaAccessCheck.applies(kafka)) {
            // a missing grant stops start-up here, in one line, instead of killing a stream thread later
            KafkaAccessCheck.verify(kafka, topics, streamsApps(topics));
        }
        TopicCreator.ensure(kafka, topics, kafkaSettings.topicLayout());
        // readiness: Kafka Streams stays RUNNING with every broker down, so /health asks the cluster itself
        BrokerContact brokers = remember(new BrokerContact(kafka, topics.prefix(),
                kafkaSettings.health().probeEvery(), kafkaSettings.health().notReadyAfter(), clock)).start();
        brokers.bindTo(metrics.registry());

        // the web port is known before analyze starts: it is this instance's address for the other instances
        int port = freePortIfZero(options.port() != null ? options.port() : settings.deploy().web().port());
        AnalyzeService analyze = null;
        if (options.roles().contains(Role.ANALYZE)) {
            Properties analyzeKafka = new Properties();
            analyzeKafka.putAll(streamsKafka);
            analyzeKafka.put(StreamsConfig.APPLICATION_SERVER_CONFIG,
                    settings.deploy().web().advertisedHost() + ":" + port);
            analyze = new AnalyzeService(analyzeSettings(settings, demoSite != null), topics, analyzeKafka, dataDir,
                    DefaultArticleScorer.load(settings.analyze().modelsDir() == null ? null
                            : Path.of(settings.analyze().modelsDir()), settings.province()), metrics.registry(),
                    PeerSecret.ensure(settings.deploy().web().peerSecret(), dataDir), clock);
            remember(analyze).start();
            metrics.bindStreams(analyze.streams());
        }
        AlertStream alertStream = new AlertStream();
        AlertsService alerts = null;
        if (options.roles().contains(Role.ALERTS)) {
            String demoAlerts = demoSite == null ? null : demoSite.alertsYaml();
            keepDemoAlerts(dataDir, demoAlerts);
            alerts = new AlertsService(alertsSettings(settings, demoAlerts), settings.province(), topics,
                    streamsKafka, dataDir,
                    metrics.registry());
            alertStream.follow(alerts.lifecycle()::addListener);
            remember(alerts).start();
            metrics.bindStreams(alerts.streams());
            if (settings.file() != null) {
                // edited rules and recipients apply without a restart; a broken edit is logged and ignored
                alerts.watchConfig(settings.file(), file -> alertsSettings(Settings.load(file), demoAlerts));
            }
            if (options.demo()) {
                // what the scheduler would send on Monday 07:00, once the demo's back issues are read
                remember(new LastWeekReport(alerts, Duration.ofSeconds(15), Duration.ofSeconds(100), Clock.systemUTC()))
                        .start();
            }
        }
        IngestService ingest = null;
        if (sources != null) {
            IngestConfig ingestSettings = ingestSettings(settings, demoSite != null);
            ingest = new IngestService(ingestSettings, sources, topics, kafka, metrics.registry());
            remember(ingest).start();
            // articles of alerts and incidents are looked at again after publication, through the same fetcher
            remember(new RecheckService(ingestSettings, sources, ingest.fetcher(), topics, kafka, metrics.registry(),
                    clock)).start();
            if (ingestSettings.imports().enabled()) {
                // social posts from export files staff drop in a folder, read as an upload is, through the crawler's sink
                remember(new ImportFolder(ingestSettings.imports(), ingest::importPosts, metrics.registry())).start();
            }
        }

        // accounts admins manage in the dashboard, from the users topic, next to those of the config file
        UserBook managedUsers = new UserBook();
        KafkaUserLog userLog = remember(new KafkaUserLog(topics, kafka, managedUsers)).start(Duration.ofSeconds(60));
        UserDirectory users = new UserDirectory(settings.deploy().web().users(), managedUsers);
        adminPasswordNote = AdminPassword.ensure(users, dataDir, options.adminPassword(), options.demo());
        // signed with the secret the instances share, so a user signed in on one is signed in on all
        EndedSessions signedOut = remember(new KafkaEndedSessions(topics.sessionsEnded.name(), kafka, clock))
                .start(Duration.ofSeconds(60));
        SessionStore sessions = new SessionStore(Duration.ofHours(settings.deploy().web().sessionHours()), clock,
                SessionStore.keyFrom(PeerSecret.ensure(settings.deploy().web().peerSecret(), dataDir)),
                users::credential, signedOut);
        // an alert goes only to a known user: an account, or a staff member the alert settings have an address for
        java.util.Map<String, String> mailedStaff = alertsSettings(settings,
                demoSite == null ? null : demoSite.alertsYaml()).email().staff();
        UserAdmin userAdmin = new UserAdmin(managedUsers, userLog, PasswordRules.standard(), users::inConfigFile, clock);
        PublicUrl publicUrl = PublicUrl.of(settings.deploy().web().publicUrl(), port);
        SpokesNetwork spokes = null;
        if (alerts != null) {
            // the directory and the response requests, mailed through the alerts' transport
            spokes = remember(new SpokesNetwork(topics, kafka, settings.province(), topicNames(), new ResponseMail(
                    alerts.delivery().mail(), settings.alerts().email().from(), publicUrl.base()), clock))
                    .start(Duration.ofSeconds(60));
            alerts.reports().responsesFrom(spokes.desk()::during);
            if (options.demo()) {
                DemoDirectory.load(spokes.admin());
            }
        }
        Incidents incidents = incidents(topics, kafka, analyze, alerts, brokers, clock);
        TipService tips = tips(topics, kafka, analyze, sources, demoSite != null, clock);
        web = remember(new WebServer(new Backends(ingest, analyze, alerts, brokers), users, userAdmin, sessions,
                metrics.registry(),
                alertStream, publicUrl,
                name -> users.has(name) || mailedStaff.containsKey(name), clock, settings.province(),
                new ServiceForwarder(settings.deploy().web().serviceUris()), spokes, incidents, tips)).start(port);
        LOG.info("event=started roles={} port={} bootstrap={} ms={}", options.roles(), web.port(), bootstrap,
                (System.nanoTime() - begin) / 1_000_000);
        return this;
    }

    /**
     * The crisis workspace: incidents from their compacted topic, on every instance; where analyze runs, they keep
     * collecting their stories' articles; the demo opens one on its fabricated dam-breach story.
     */
    private Incidents incidents(Topics topics, Properties kafka, AnalyzeService analyze, AlertsService alerts,
                                BrokerContact brokers, Clock clock) {
        IncidentBook book = new IncidentBook();
        KafkaIncidentLog log = remember(new KafkaIncidentLog(topics, kafka, book)).start(Duration.ofSeconds(60));
        if (alerts != null) {
            // the reports list the incidents of their period (the annual report those of the year)
            alerts.reports().incidentsFrom(book::all);
        }
        IncidentSubjects subjects = new IncidentSubjects() {
            @Override
            public java.util.Optional<vn.tinradar.common.event.Alert> alert(String id) {
                return HttpErrors.need(alerts, "alerts").lifecycle().alert(id);
            }

            @Override
            public java.util.Optional<vn.tinradar.common.event.Story> story(String id) {
                return HttpErrors.need(analyze, "analyze").story(id);
            }
        };
        IncidentService service = new IncidentService(book, log, subjects, clock);
        if (analyze == null) {
            return new Incidents(service, null);
        }
        // from now on; its first sweep notes when the followed stories began and the next goes back to there
        KafkaScoredArticleFeed feed = remember(new KafkaScoredArticleFeed(topics, kafka, clock.instant()));
        IncidentCollector collector = remember(new IncidentCollector(service, StoryArticles.of(analyze), feed, clock))
                .start(COLLECT_EVERY);
        if (options.demo() && alerts != null) {
            // the portal's correction is published 12 minutes into the demo, on a loaded machine later still
            remember(new DemoIncident(() -> alerts.lifecycle().alerts(null), () -> analyze.stories(200), service,
                    collector, brokers, clock))
                    .start(Duration.ofSeconds(5), Duration.ofMinutes(45));
        }
        return new Incidents(service, collector);
    }

    /**
     * Tips from staff, from their compacted topic on every instance; where analyze runs, tips are also read and
     * analysed here, through a fetcher of their own with the ingest settings' limits. Only the sites (host and port)
     * of sources the registry lets reach the private network (the demo's) may be private for a tip's URL.
     */
    private TipService tips(Topics topics, Properties kafka, AnalyzeService analyze, SourceRegistry sources,
                            boolean demo, Clock clock) {
        TipBook book = new TipBook();
        KafkaTipLog log = remember(new KafkaTipLog(topics, kafka, book)).start(Duration.ofSeconds(60));
        if (analyze == null) {
            return new TipService(book, log, null, null, clock);
        }
        IngestConfig ingestSettings = ingestSettings(settings, demo);
        Set<String> privateSites = new java.util.HashSet<>();
        if (sources != null) {
            sources.sources().stream().filter(s -> s.allowPrivateNetwork()).forEach(s -> {
                privateSites.add(TipPage.site(s.home()));
                s.feeds().forEach(f -> privateSites.add(TipPage.site(f.url())));
            });
        }
        privateSites.remove(null);
        TipPage pages = new TipPage(new Fetcher(ingestSettings, IngestMetrics.noop(), clock),
                ingestSettings.maxPageBytes(), privateSites);
        TipAnalyzer analyzer = new TipAnalyzer(analyze.scorer(), analyze.claims()::list,
                analyze.config().claimMinSimilarity(), analyze.config().claimMaxMatches(), analyze.search()::search,
                clock);
        return new TipService(book, log, pages, analyzer, clock);
    }

    /** What a person needs to start using this process: where to go and how to sign in. */
    public void printWelcome(PrintStream out) {
        out.println();
        out.println("TinRadar đang chạy / is running: http://localhost:" + web.port() + "/");
        out.println("  " + adminPasswordNote);
        out.println("  Prometheus: http://localhost:" + web.port() + "/metrics   health: http://localhost:"
                + web.port() + "/health");
        out.println("  Ctrl-C to stop.");
        out.println();
    }

    public int port() {
        return web.port();
    }

    private Path requireSources() {
        if (options.sourcesFile() == null) {
            throw new IllegalArgumentException("ingest needs a sources registry: pass --sources FILE "
                    + "(start from deploy/ops/config/sources-laocai.yaml) or --demo");
        }
        return options.sourcesFile();
    }

    /** The application ids of the Kafka Streams apps this process runs, as their services name them. */
    private List<String> streamsApps(Topics topics) {
        List<String> apps = new ArrayList<>();
        if (options.roles().contains(Role.ANALYZE)) {
            apps.add(topics.prefix() + "analyze");
        }
        if (options.roles().contains(Role.ALERTS)) {
            apps.add(topics.prefix() + "alerts");
        }
        return apps;
    }

    private <T extends AutoCloseable> T remember(T component) {
        started.add(component);
        return component;
    }

    /** Where the demo leaves its alert settings in its data dir, for the commands run on it. */
    public static final String DEMO_ALERTS_FILE = "demo-alerts.yaml";

    /** Port 0 means "any free port": chosen here, so analyze can announce it before the server binds it. */
    /**
     * The alert settings of {@code s}; in the demo ({@code demoAlertsYaml} not null), with the demo's draft policy
     * under them unless the file names policies of its own — at start and on every reload, so editing the file
     * keeps the demo's policy.
     */
    /**
     * Leaves the demo's alert settings in {@code dataDir} ({@value #DEMO_ALERTS_FILE}) while the demo runs there, so
     * a {@code report} run on that data dir follows the same draft policies as the dashboard; removes a stale one
     * when this process is not the demo.
     */
    private static void keepDemoAlerts(Path dataDir, String demoAlertsYaml) {
        Path file = dataDir.resolve(DEMO_ALERTS_FILE);
        try {
            if (demoAlertsYaml == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(dataDir);
                Files.writeString(file, demoAlertsYaml, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The alert settings of {@code s} as the process running on {@code dataDir} uses them: with the demo's draft
     * policy when a demo runs (or ran last) there.
     */
    public static AlertsConfig alertsSettingsOn(Settings s, Path dataDir) throws IOException {
        Path file = dataDir.resolve(DEMO_ALERTS_FILE);
        return alertsSettings(s, Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null);
    }

    /** Whether the demo's settings are kept in {@code dataDir}: its draft policy then counts in reports. */
    public static boolean demoRanOn(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(DEMO_ALERTS_FILE));
    }

    static AlertsConfig alertsSettings(Settings s, String demoAlertsYaml) {
        if (demoAlertsYaml == null || !s.alerts().rules().draftPolicies().policies().isEmpty()) {
            return s.alerts();
        }
        return AlertsConfig.from(ConfigDocument.parse("demo-alerts.yaml", demoAlertsYaml).overlay(s.document()));
    }

    /** The ingest settings of {@code s}; in the demo, with the demo's {@link DemoSite#INGEST_YAML} over them. */
    static IngestConfig ingestSettings(Settings s, boolean demo) {
        return demo ? IngestConfig.from(ConfigDocument.parse("demo-ingest.yaml", DemoSite.INGEST_YAML)
                .overlay(s.document())) : s.ingest();
    }

    /** The analyze settings of {@code s}; in the demo, with the demo's {@link DemoSite#ANALYZE_YAML} over them. */
    static AnalyzeConfig analyzeSettings(Settings s, boolean demo) {
        return demo ? AnalyzeConfig.from(ConfigDocument.parse("demo-analyze.yaml", DemoSite.ANALYZE_YAML)
                .overlay(s.document())) : s.analyze();
    }

    /** The taxonomy's topic ids and Vietnamese names, the topics agencies of the directory answer for. */
    private static java.util.Map<String, String> topicNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        TopicTaxonomy.loadDefault().topics().forEach((id, t) -> names.put(id, t.vietnameseName()));
        return names;
    }

    private static int freePortIfZero(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port for the web server", e);
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b != null && !b.isBlank() ? b.trim() : null;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            AutoCloseable component = started.get(i);
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("event=stop_failed component={} error={}", component.getClass().getSimpleName(), e.toString());
            }
        }
        started.clear();
    }
}
