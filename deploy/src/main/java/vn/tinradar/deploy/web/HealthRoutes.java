package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.PUBLIC;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import vn.tinradar.deploy.kafka.BrokerContact;

/**
 * What operations watch without signing in: {@code /health} (live and ready, per component, and why not ready) and
 * {@code /metrics}. Ready needs every Streams app RUNNING and a Kafka broker answering lately; live stays true
 * while the process waits for the brokers, so an orchestrator does not restart what only waits.
 */
final class HealthRoutes implements WebFeature {

    private final Backends backends;
    private final PrometheusMeterRegistry metrics;

    HealthRoutes(Backends backends, PrometheusMeterRegistry metrics) {
        this.backends = backends;
        this.metrics = metrics;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/health",  PUBLIC, this::health)
              .get("/metrics", PUBLIC, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                      .result(metrics.scrape()));
    }

    private void health(Context ctx) {
        Map<String, Object> components = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        if (backends.kafka() != null) {
            BrokerContact.Status kafka = backends.kafka().status();
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("reachable", kafka.reachable());
            component.put("lastContact", kafka.lastContact() == null ? null : kafka.lastContact().toString());
            component.put("partitions", partitionDetail(backends.kafka()));
            components.put("kafka", component);
            if (!kafka.reachable()) {
                reasons.add(kafka.reason());
            }
        }
        if (backends.analyze() != null) {
            describeStreams(backends.analyze().streams(), "analyze", components, reasons);
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("documents", backends.analyze().indexedCount());
            // shards still re-indexing after a start or a take-over: their articles are not all searchable yet
            index.put("catchingUp", backends.analyze().search().catchingUp());
            components.put("index", index);
            components.put("trends", TrendWatchHealth.of(backends.analyze()));
        }
        if (backends.alerts() != null) {
            describeStreams(backends.alerts().streams(), "alerts", components, reasons);
        }
        if (backends.ingest() != null) {
            // a round of every feed done since start: the restarted crawler has offered all it would send again
            components.put("ingest", Map.of("sources", backends.ingest().sourceHealth().size(),
                    "feeds", backends.ingest().feeds(), "feedsPolled", backends.ingest().feedsPolled()));
        }
        boolean ready = reasons.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("live", true);
        body.put("ready", ready);
        if (!ready) {
            body.put("notReadyBecause", reasons);
        }
        body.put("components", components);
        ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /**
     * Whether this installation's partitions take writes, as the last check found them: counts, and the first few
     * partitions without a leader or below {@code min.insync.replicas}. Detail only, readiness does not follow it:
     * every instance sees the same cluster, so taking this one out of the load balancer would not help.
     */
    private static Map<String, Object> partitionDetail(BrokerContact kafka) {
        Map<String, Object> detail = new LinkedHashMap<>();
        kafka.partitions().ifPresent(p -> {
            detail.put("checkedAt", p.at().toString());
            detail.put("writable", p.writable());
            detail.put("topics", p.topics());
            detail.put("partitions", p.partitions());
            detail.put("leaderless", p.leaderlessCount());
            detail.put("underMinInSync", p.underMinIsrCount());
            if (!p.writable()) {
                detail.put("examples", java.util.stream.Stream.concat(p.leaderless().stream(),
                        p.underMinIsr().stream()).toList());
            }
        });
        if (kafka.partitionsError() != null) {
            detail.put("error", kafka.partitionsError());
        }
        return detail;
    }

    /**
     * The app's state, and the tasks it runs here: active ones, and standby ones (warm copies of the state another
     * instance holds, which this one takes over without restoring it; none while it runs alone). An app not RUNNING
     * adds why to {@code reasons}.
     */
    private static void describeStreams(KafkaStreams streams, String name, Map<String, Object> components,
                                     List<String> reasons) {
        KafkaStreams.State state = streams == null ? null : streams.state();
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("state", String.valueOf(state));
        if (state != null && state.isRunningOrRebalancing()) {
            try {
                int active = 0;
                int standby = 0;
                for (var thread : streams.metadataForLocalThreads()) {
                    active += thread.activeTasks().size();
                    standby += thread.standbyTasks().size();
                }
                component.put("activeTasks", active);
                component.put("standbyTasks", standby);
            } catch (IllegalStateException stoppingMeanwhile) {
                // the app began to stop between the two reads: its state above says so, the counts are left out
            }
        }
        components.put(name, component);
        if (state != KafkaStreams.State.RUNNING) {
            reasons.add(name + " is " + state + ", not RUNNING");
        }
    }
}
