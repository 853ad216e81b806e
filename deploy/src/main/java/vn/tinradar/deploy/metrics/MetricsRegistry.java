package vn.tinradar.deploy.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;
import vn.tinradar.common.concurrent.DaemonScheduler;

/**
 * The process's Prometheus registry: TinRadar's own meters (each module's metrics class lists them), plus JVM
 * and Kafka Streams metrics, scraped at {@code /metrics}.
 */
public final class MetricsRegistry implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /**
     * How often the Kafka metrics are looked over for new ones: a partition's lag series exists only once the
     * partition is assigned, and Micrometer's default minute left the lag alert blind for that long after each
     * start or rebalance. Prometheus scrapes every 15 to 30 s.
     */
    static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

    private final List<AutoCloseable> binders = new ArrayList<>();
    private final ScheduledExecutorService kafkaRefresh = DaemonScheduler.named("kafka-metrics-refresh");

    public MetricsRegistry() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void bindStreams(KafkaStreams streams) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams, List.of(), kafkaRefresh, KAFKA_METRICS_REFRESH);
        binder.bindTo(registry);
        binders.add(binder);
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception ignored) {
                // closing meters at shutdown must not hide the real shutdown path
            }
        }
        kafkaRefresh.shutdownNow();
        registry.close();
    }
}
