package vn.tinradar.deploy.backup;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/** Reads the current value of every key of one staff data kind's topic, as the bytes the topic holds. */
final class StaffTopics {

    private final Topics topics;
    private final Properties kafka;

    StaffTopics(Topics topics, Properties kafka) {
        this.topics = topics;
        this.kafka = kafka;
    }

    /** The latest value per key of {@code kind} (only the keys the kind owns); empty for files. */
    Map<String, byte[]> current(StaffDataKind kind) {
        Map<String, byte[]> out = new TreeMap<>();
        kind.topic(topics).ifPresent(topic -> {
            Topic<String, byte[]> raw = new Topic<>(topic.name(), Serdes.String(), Serdes.ByteArray(), Map.of());
            TopicReport.readAll(raw, kafka, topics.prefix() + "backup-reader").forEach((key, value) -> {
                if (kind.owns(key)) {
                    out.put(key, value);
                }
            });
        });
        return out;
    }
}
