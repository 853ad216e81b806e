package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.PUBLIC;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/** What operations watch without signing in: {@code /health} (live and ready, per component) and {@code /metrics}. */
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
        boolean ready = true;
        if (backends.analyze() != null) {
            ready &= streamsReady(backends.analyze().streams(), "analyze", components);
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("documents", backends.analyze().indexedCount());
            // shards still re-indexing after a start or a take-over: their articles are not all searchable yet
            index.put("catchingUp", backends.analyze().search().catchingUp());
            components.put("index", index);
        }
        if (backends.alerts() != null) {
            ready &= streamsReady(backends.alerts().streams(), "alerts", components);
        }
        if (backends.ingest() != null) {
            // a round of every feed done since start: the restarted crawler has offered all it would send again
            components.put("ingest", Map.of("sources", backends.ingest().sourceHealth().size(),
                    "feeds", backends.ingest().feeds(), "feedsPolled", backends.ingest().feedsPolled()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("live", true);
        body.put("ready", ready);
        body.put("components", components);
        ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /**
     * The app's state, and the tasks it runs here: active ones, and standby ones (warm copies of the state another
     * instance holds, which this one takes over without restoring it; none while it runs alone).
     */
    private static boolean streamsReady(KafkaStreams streams, String name, Map<String, Object> components) {
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
        return state == KafkaStreams.State.RUNNING;
    }
}
