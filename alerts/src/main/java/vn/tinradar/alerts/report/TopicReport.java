package vn.tinradar.alerts.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.delivery.SmtpTransport;
import vn.tinradar.alerts.ledger.KafkaLedger;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.policy.book.PolicyMerge;
import vn.tinradar.alerts.spokes.ResponseDesk;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * The summary report of any period on demand, without a running alert service (the {@code report} command):
 * reads {@code articles.scored}, {@code alerts}, {@code spokes.requests} and {@code incidents} to their end, then builds, archives under
 * {@code dataDir/reports} and optionally mails it (SMTP, or the outbox). Records that cannot be read are skipped.
 */
public final class TopicReport {

    private static final Logger LOG = LoggerFactory.getLogger(TopicReport.class);

    private TopicReport() {
    }

    /** Returns the archived HTML page of the report of [from, to), titled for the default province. */
    public static Path build(AlertsConfig config, Topics topics, Properties kafka, Path dataDir, LocalDate from,
                             LocalDate to, boolean email) {
        return build(config, Provinces.defaultProvince(), topics, kafka, dataDir, from, to, email);
    }

    /** Returns the archived HTML page of {@code province}'s report of [from, to). */
    public static Path build(AlertsConfig config, Province province, Topics topics, Properties kafka, Path dataDir,
                             LocalDate from, LocalDate to, boolean email) {
        Map<String, ScoredArticle> articles = readAll(topics.articlesScored, kafka);
        Map<String, Alert> alerts = readAll(topics.alerts, kafka);
        Map<String, ResponseRequest> requests = readAll(topics.responseRequests, kafka);
        // a record written on a state another writer had already changed is not the incident's (Incident#continues)
        Map<String, Incident> incidents = readAll(topics.incidents, kafka, topics.incidents.name() + "-report-reader",
                (held, read) -> read.continues(held) ? read : held);
        var mail = !config.email().enabled() ? null : config.email().smtp().configured()
                ? new SmtpTransport(config.email().smtp()) : new OutboxTransport(dataDir.resolve("outbox"));
        // the draft policies staff entered in the dashboard join the settings' ones, as the running service does
        AlertsConfig withPolicies = PolicyMerge.apply(config, List.copyOf(readAll(topics.policies, kafka).values()));
        ReportSender sender = new ReportSender(() -> withPolicies, province, new MemoryLedger(), mail, dataDir.resolve("reports"),
                articles::values, alerts::values,
                Clock.systemUTC());
        sender.responsesFrom((start, end) -> ResponseDesk.during(requests.values(), start, end));
        sender.incidentsFrom(incidents::values);
        return sender.report(from, to, email);
    }

    /** The latest value per key of a whole topic. */
    public static <V> Map<String, V> readAll(Topic<String, V> topic, Properties kafka) {
        return readAll(topic, kafka, topic.name() + "-report-reader");
    }

    /** The latest value per key of a whole topic, read by a consumer (no group) with {@code clientId}. */
    public static <V> Map<String, V> readAll(Topic<String, V> topic, Properties kafka, String clientId) {
        return readAll(topic, kafka, clientId, (held, read) -> read);
    }

    /** As above, each record after the first of its key kept or not by {@code later} (held, read) → kept. */
    public static <V> Map<String, V> readAll(Topic<String, V> topic, Properties kafka, String clientId,
                                             java.util.function.BinaryOperator<V> later) {
        Map<String, V> latest = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaLedger.committedReader(kafka, clientId), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        latest.remove(r.key());
                        continue;
                    }
                    try {
                        latest.merge(r.key(), topic.valueSerde().deserializer().deserialize(r.topic(), r.value()),
                                later);
                    } catch (RuntimeException e) {
                        LOG.warn("event=record-skipped topic={} offset={} reason=\"{}\"", r.topic(), r.offset(),
                                String.valueOf(e.getMessage()).replace('"', '\''));
                    }
                }
            }
        }
        return latest;
    }
}
