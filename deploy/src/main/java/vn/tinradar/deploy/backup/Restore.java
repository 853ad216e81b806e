package vn.tinradar.deploy.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * Imports a backup into an installation (its own prefix, whatever the backup's was). An entry whose key already
 * holds the same value is left alone, so running it twice writes nothing the second time; a value the record type
 * cannot read is refused by its line and the rest still goes in. Files are written under {@code filesDir} and
 * never overwrite a different file of the same name.
 */
public final class Restore {

    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final ObjectMapper JSON = Json.mapper();
    private static final long WRITE_TIMEOUT_S = 30;

    private final Topics topics;
    private final Properties kafka;
    private final StaffTopics staffTopics;
    private final Path filesDir;

    public Restore(Topics topics, Properties kafka, Path filesDir) {
        this.topics = topics;
        this.kafka = kafka;
        this.staffTopics = new StaffTopics(topics, kafka);
        this.filesDir = filesDir;
    }

    public RestoreSummary restore(BackupFile.Contents backup) {
        Map<String, RestoreSummary.Counts> counts = new HashMap<>();
        List<String> problems = new ArrayList<>(backup.problems());
        Map<StaffDataKind, List<BackupFile.Line>> byKind = new EnumMap<>(StaffDataKind.class);
        backup.lines().forEach(l -> byKind.computeIfAbsent(StaffDataKind.byLabel(l.entry().kind()).orElseThrow(),
                k -> new ArrayList<>()).add(l));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            byKind.forEach((kind, lines) -> counts.put(kind.label(), kind == StaffDataKind.FILE
                    ? restoreFiles(lines, problems, backup.name())
                    : restoreRecords(producer, kind, lines, problems, backup.name())));
        }
        RestoreSummary summary = new RestoreSummary(counts, problems);
        LOG.info("event=restore_done from_prefix={} to_prefix={} {}", backup.header().prefix(), topics.prefix(),
                summary.counts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().restored())
                        .sorted().reduce((a, b) -> a + " " + b).orElse("nothing=0"));
        return summary;
    }

    private RestoreSummary.Counts restoreRecords(KafkaProducer<String, byte[]> producer, StaffDataKind kind,
                                                 List<BackupFile.Line> lines, List<String> problems,
                                                 String fileName) {
        Topic<String, ?> topic = kind.topic(topics).orElseThrow();
        Map<String, byte[]> current = staffTopics.current(kind);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        int present = 0;
        int refused = 0;
        for (BackupFile.Line line : lines) {
            String key = line.entry().key();
            String problem = refusal(kind, topic, line.entry());
            if (problem != null) {
                problems.add(fileName + " line " + line.number() + ": " + problem);
                refused++;
            } else if (current.containsKey(key) && line.entry().value().equals(tree(current.get(key)))) {
                present++;
            } else {
                sent.add(producer.send(new ProducerRecord<>(topic.name(), key, bytes(line.entry().value()))));
            }
        }
        awaitAll(sent, topic.name());
        return new RestoreSummary.Counts(sent.size(), present, refused);
    }

    /** Why an entry cannot go into its topic, or null when it can. */
    private static String refusal(StaffDataKind kind, Topic<String, ?> topic, BackupEntry entry) {
        if (!kind.owns(entry.key())) {
            return "key '" + entry.key() + "' is not a " + kind.label() + " (only staff actions are restored)";
        }
        try {
            topic.valueSerde().deserializer().deserialize(topic.name(), bytes(entry.value()));
            return null;
        } catch (RuntimeException e) {
            return kind.label() + " '" + entry.key() + "' is not readable as one: " + firstLine(e.getMessage());
        }
    }

    private RestoreSummary.Counts restoreFiles(List<BackupFile.Line> lines, List<String> problems, String fileName) {
        int restored = 0;
        int present = 0;
        int refused = 0;
        for (BackupFile.Line line : lines) {
            JsonNode value = line.entry().value();
            String name = Path.of(value.path("name").asText("unnamed")).getFileName().toString();
            Path target = filesDir.resolve(name);
            String text = value.path("text").asText();
            try {
                if (Files.exists(target)) {
                    if (Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
                        present++;
                    } else {
                        problems.add(fileName + " line " + line.number() + ": " + target + " exists with other content; left "
                                + "as it is (move it away to restore the backup's " + line.entry().key() + " file)");
                        refused++;
                    }
                    continue;
                }
                Files.createDirectories(filesDir);
                Files.writeString(target, text, StandardCharsets.UTF_8);
                restored++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write restored file " + target + ": " + e.getMessage(), e);
            }
        }
        return new RestoreSummary.Counts(restored, present, refused);
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, topics.prefix() + "restore");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent, String topic) {
        try {
            for (Future<RecordMetadata> f : sent) {
                f.get(WRITE_TIMEOUT_S, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring into " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            // nothing is lost: a re-run writes what is missing and skips what arrived
            throw new IllegalStateException("restore into " + topic + " failed (run it again to finish): "
                    + cause.getMessage(), cause);
        }
    }

    private static JsonNode tree(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return null; // an unreadable current value differs from any backup entry
        }
    }

    private static byte[] bytes(JsonNode value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
