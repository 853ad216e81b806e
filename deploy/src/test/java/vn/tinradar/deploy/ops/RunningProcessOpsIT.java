package vn.tinradar.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;
import vn.tinradar.ingest.metrics.IngestMetrics;

/**
 * What ops rely on, checked on one real process running every service with the demo site on the embedded broker,
 * installed as the province {@code laocai.} with a Kafka client setting in {@code kafka.client}:
 * <ul>
 *   <li>every metric a Grafana panel or a Prometheus rule under deploy/ops queries is exported (issue 12: a panel
 *       queried {@code tinradar_analyze_records_total}, which nothing registers). Names come from the process's
 *       {@code /metrics}; the few meters that first appear with an event no quick run raises (an alert fired or
 *       mailed, an item rejected) come from the same metrics classes after one such event;</li>
 *   <li>the consumer-lag rule's client filter selects the stream threads' main consumers, not restore ones;</li>
 *   <li>every Kafka client it starts got the {@code kafka.client.*} settings and a client id with the prefix;</li>
 *   <li>every topic it made carries the prefix, and those not compacted an explicit retention.</li>
 * </ul>
 */
class RunningProcessOpsIT {

    private static final Path DASHBOARD = Path.of("ops", "grafana", "tinradar-dashboard.json");
    private static final Path RULES = Path.of("ops", "prometheus", "alert-rules.yml");
    /** Made by Prometheus itself for every target. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PREFIX = "laocai.";

    @TempDir
    static Path dir;
    private static TinRadarProcess process;

    @BeforeAll
    static void startEveryService() throws Exception {
        Path config = dir.resolve("tinradar.yaml");
        Files.writeString(config, """
                kafka:
                  topic-prefix: laocai.
                  client:
                    # the JMX reporter is Kafka's default, replaced by any value given: named again to keep it
                    metric.reporters: org.apache.kafka.common.metrics.JmxReporter,vn.tinradar.deploy.ops.ClientIdRecorder
                # free ports for the demo's sites: another test's demo may run beside this one
                demo:
                  first-port: 0
                """, StandardCharsets.UTF_8);
        process = new TinRadarProcess(Settings.load(config), new TinRadarProcess.Options(dir.resolve("data"), 0, null,
                null, true, EnumSet.allOf(TinRadarProcess.Role.class), "mật-khẩu-vận-hành")).start();
    }

    @AfterAll
    static void stop() {
        if (process != null) {
            process.close();
        }
    }

    @Test
    void everyMetricTheDashboardAndTheRulesQueryIsExported() throws Exception {
        Map<String, Set<String>> queried = new TreeMap<>();
        queried.putAll(dashboardQueries());
        queried.putAll(ruleQueries());
        Set<String> wanted = new TreeSet<>();
        queried.values().forEach(wanted::addAll);
        wanted.removeAll(FROM_PROMETHEUS);
        Set<String> exported = new TreeSet<>(afterOneEvent());

        // the crawler's first articles and the stream threads' fetches take a few seconds to show
        Instant deadline = Instant.now().plus(PATIENCE);
        do {
            exported.addAll(sampleNames(scrape()));
            if (exported.containsAll(wanted)) {
                break;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));

        Map<String, Set<String>> unknown = new TreeMap<>();
        queried.forEach((where, names) -> names.stream().filter(n -> wanted.contains(n) && !exported.contains(n))
                .forEach(n -> unknown.computeIfAbsent(where, k -> new TreeSet<>()).add(n)));
        assertThat(unknown).as("queried but never exported").isEmpty();
    }

    @Test
    void lagRuleSelectsTheMainConsumersOfTheStreamThreads() throws Exception {
        Pattern lagRuleClients = Pattern.compile(".*-StreamThread-[0-9]+-consumer");
        Pattern clientId = Pattern.compile("^kafka_consumer_fetch_manager_records_lag\\{.*client_id=\"([^\"]+)\"");
        Set<String> lagging = new TreeSet<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        // until analyze's own stream thread shows up: the alerts service's often reports its lag first
        while (lagging.stream().noneMatch(id -> lagRuleClients.matcher(id).matches() && id.startsWith(PREFIX + "analyze-"))
                && Instant.now().isBefore(deadline)) {
            for (String line : scrape().split("\n")) {
                Matcher m = clientId.matcher(line);
                if (m.find()) {
                    lagging.add(m.group(1));
                }
            }
            Thread.sleep(200);
        }

        assertThat(lagging).as("client ids of the per-partition lag series").anyMatch(
                id -> lagRuleClients.matcher(id).matches() && id.startsWith(PREFIX + "analyze-"));
        assertThat(lagging).filteredOn(id -> id.contains("restore-consumer"))
                .noneMatch(id -> lagRuleClients.matcher(id).matches());
    }

    @Test
    void everyKafkaClientGotTheClientSettingsAndAnIdWithThePrefix() throws Exception {
        Set<String> live = liveClientIds();

        assertThat(live).as("Kafka clients registered in JMX").isNotEmpty();
        assertThat(live).allSatisfy(id -> assertThat(id).startsWith(PREFIX));
        assertThat(ClientIdRecorder.CONFIGURED).as("clients configured with kafka.client.metric.reporters")
                .containsAll(live)
                .allSatisfy(id -> assertThat(id).startsWith(PREFIX));
    }

    @Test
    void everyTopicCarriesThePrefixAndThoseNotCompactedAnExplicitRetention() throws Exception {
        Topics topics = new Topics(PREFIX);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap(), "client.id", PREFIX + "test-admin"))) {
            // Streams makes its changelogs at its first rebalance, which may come after the process reports started
            vn.tinradar.common.test.TestBroker.await(() -> topicNames(admin).stream()
                    .anyMatch(n -> n.endsWith("-changelog")), "the Streams changelog topics");
            Set<String> names = admin.listTopics().names().get();
            assertThat(names).as("topics on the broker").allSatisfy(n -> assertThat(n).startsWith(PREFIX));
            assertThat(names).as("Streams internal topics").anyMatch(n -> n.endsWith("-changelog"));

            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.all().stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList()).all().get();
            Map<String, String> keptFor = new TreeMap<>();
            configs.forEach((resource, config) -> keptFor.put(resource.name(), policyOf(config)));
            assertThat(keptFor).containsEntry(topics.articlesRaw.name(), "delete 400 days")
                    .containsEntry(topics.articlesScored.name(), "delete 400 days")
                    .containsEntry(topics.trends.name(), "delete 90 days")
                    .containsEntry(topics.rejected.name(), "delete 30 days")
                    .containsEntry(topics.alerts.name(), "compact")
                    .containsEntry(topics.deliveries.name(), "compact")
                    .hasSize(topics.all().size());
        }
    }

    /** "compact", or "delete N days" when the topic sets its own retention (not the broker's default). */
    private static String policyOf(Config config) {
        String policy = config.get("cleanup.policy").value();
        if (policy.equals("compact")) {
            return policy;
        }
        ConfigEntry retention = config.get("retention.ms");
        return retention.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                ? policy + " " + Duration.ofMillis(Long.parseLong(retention.value())).toDays() + " days"
                : policy + " broker default";
    }

    /** Client ids of the producers, consumers, admin clients and Streams apps alive in this JVM. */
    private static Set<String> liveClientIds() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<String> ids = new TreeSet<>();
        for (String domain : List.of("kafka.producer", "kafka.consumer", "kafka.admin.client", "kafka.streams")) {
            for (ObjectName name : server.queryNames(new ObjectName(domain + ":*"), null)) {
                String id = name.getKeyProperty("client-id");
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static String bootstrap() throws Exception {
        Properties p = new Properties();
        try (var in = Files.newInputStream(dir.resolve("data").resolve("kafka").resolve("server.properties"))) {
            p.load(in);
        }
        return p.getProperty("advertised.listeners").replaceFirst("^PLAINTEXT://", "");
    }

    /** Panel title → the metric names its expressions query. */
    private static Map<String, Set<String>> dashboardQueries() throws Exception {
        Map<String, Set<String>> byPanel = new TreeMap<>();
        for (JsonNode panel : new ObjectMapper().readTree(DASHBOARD.toFile()).path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                byPanel.computeIfAbsent("panel '" + panel.path("title").asText() + "'", k -> new TreeSet<>())
                        .addAll(PromQlMetricNames.of(target.path("expr").asText()));
            }
        }
        assertThat(byPanel).as("panels with queries in %s", DASHBOARD).isNotEmpty();
        return byPanel;
    }

    /** Alert name → the metric names its expression queries. */
    private static Map<String, Set<String>> ruleQueries() throws Exception {
        Map<String, Set<String>> byRule = new TreeMap<>();
        for (JsonNode group : new YAMLMapper().readTree(RULES.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                byRule.put("rule " + rule.path("alert").asText(), PromQlMetricNames.of(rule.path("expr").asText()));
            }
        }
        assertThat(byRule).as("rules in %s", RULES).isNotEmpty();
        return byRule;
    }

    /** What the alert and crawler metrics export once an alert was raised and mailed and an item rejected. */
    private static Set<String> afterOneEvent() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try {
            AlertMetrics alerts = new AlertMetrics(registry);
            alerts.fired(new Alert(Alert.VERSION, "a1", "topic-burst", Severity.WARNING, AlertStatus.FIRING,
                    "Sạt lở tại xã Bản Khoang", "", "", List.of(), List.of(), null, "thiên tai", "Bản Khoang",
                    Instant.now(), Instant.now(), Instant.now(), 1, null, null));
            alerts.sent("smtp", "failed");
            new IngestMetrics(registry).rejected("too-large");
            // only these: whatever else the classes register at construction must show in the live scrape
            return sampleNames(registry.scrape()).stream().filter(n -> n.startsWith("tinradar_alerts_fired_")
                    || n.startsWith("tinradar_alerts_sent_") || n.startsWith("tinradar_ingest_rejected_"))
                    .collect(Collectors.toSet());
        } finally {
            registry.close();
        }
    }

    private static String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + process.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Names of the samples in Prometheus text format (with their _total, _bucket, _count suffixes). */
    static Set<String> sampleNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static Set<String> topicNames(Admin admin) {
        try {
            return admin.listTopics().names().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
