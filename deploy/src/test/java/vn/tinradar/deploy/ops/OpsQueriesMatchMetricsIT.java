package vn.tinradar.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.AlertMetrics;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.deploy.TinRadarProcess;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.ingest.IngestMetrics;

/**
 * Every metric a Grafana panel or a Prometheus rule under deploy/ops queries is one TinRadar exports (issue 12: a
 * panel queried {@code tinradar_analyze_records_total}, which nothing registers). The names come from the
 * {@code /metrics} of one real process running every service on the embedded broker with the demo site; the few
 * meters that first appear with an event no quick run raises (an alert fired or mailed, an item rejected) come
 * from the same metrics classes after one such event.
 */
class OpsQueriesMatchMetricsIT {

    private static final Path DASHBOARD = Path.of("ops", "grafana", "tinradar-dashboard.json");
    private static final Path RULES = Path.of("ops", "prometheus", "alert-rules.yml");
    /** Made by Prometheus itself for every target. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path dir;
    private static TinRadarProcess process;

    @BeforeAll
    static void startEveryService() throws Exception {
        Path config = dir.resolve("tinradar.yaml");
        Files.writeString(config, "kafka:\n  topic-prefix: laocai.\n", StandardCharsets.UTF_8);
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
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));

        Map<String, Set<String>> unknown = new TreeMap<>();
        queried.forEach((where, names) -> names.stream().filter(n -> wanted.contains(n) && !exported.contains(n))
                .forEach(n -> unknown.computeIfAbsent(where, k -> new TreeSet<>()).add(n)));
        assertThat(unknown).as("queried but never exported").isEmpty();
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
}
