package vn.tinradar.deploy.ops;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricsReporter;

/**
 * A Kafka metrics reporter that only remembers the {@code client.id} of each client configured with it. Passed as
 * {@code kafka.client.metric.reporters}, it shows which clients received the {@code kafka.client.*} settings.
 */
public final class ClientIdRecorder implements MetricsReporter {

    static final Set<String> CONFIGURED = ConcurrentHashMap.newKeySet();

    @Override
    public void configure(Map<String, ?> configs) {
        Object id = configs.get("client.id");
        CONFIGURED.add(id == null ? "" : id.toString());
    }

    @Override
    public void init(List<KafkaMetric> metrics) {
    }

    @Override
    public void metricChange(KafkaMetric metric) {
    }

    @Override
    public void metricRemoval(KafkaMetric metric) {
    }

    @Override
    public void close() {
    }
}
