package vn.tinradar.deploy.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * How TinRadar creates its topics: partitions, replicas, and how long each topic that is not compacted keeps its
 * records. Compacted topics (state: stories, alerts, crawl state, deliveries...) keep the latest value per key.
 *
 * @param replicationFactor replicas per partition; -1 leaves it to the broker's {@code default.replication.factor}
 * @param articlesRetention {@code articles.raw} and {@code articles.scored}: the report of a past period reads them
 * @param trendsRetention {@code trends}: windowed counts, of use for weeks rather than years
 * @param rejectedRetention {@code ingest.rejected}: dead letters, looked at while fixing a source
 */
public record TopicLayout(int partitions, int replicationFactor, Duration articlesRetention,
                          Duration trendsRetention, Duration rejectedRetention) {

    public TopicLayout {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 but was " + partitions);
        }
        if (replicationFactor < 1 && replicationFactor != -1) {
            throw new IllegalArgumentException("replication factor must be >= 1, or -1 for the broker's default, but was "
                    + replicationFactor);
        }
    }

    /** Replicas to ask for; empty lets the broker apply its {@code default.replication.factor}. */
    public Optional<Short> replicas() {
        return replicationFactor == -1 ? Optional.empty() : Optional.of((short) replicationFactor);
    }

    /** The topic-level settings {@code topic} is created with: its own (compaction) plus its retention. */
    public Map<String, String> configOf(Topics topics, Topic<String, ?> topic) {
        Map<String, String> config = new HashMap<>(topic.config());
        if ("compact".equals(config.get("cleanup.policy"))) {
            return config;
        }
        config.put("cleanup.policy", "delete");
        config.put("retention.ms", Long.toString(retentionOf(topics, topic).toMillis()));
        return config;
    }

    private Duration retentionOf(Topics topics, Topic<String, ?> topic) {
        if (topic == topics.articlesRaw || topic == topics.articlesScored) {
            return articlesRetention;
        }
        if (topic == topics.trends) {
            return trendsRetention;
        }
        if (topic == topics.rejected) {
            return rejectedRetention;
        }
        // a new topic must be given a retention here or be compacted, not inherit whatever the broker has
        throw new IllegalStateException("topic " + topic.name() + " is neither compacted nor given a retention");
    }
}
