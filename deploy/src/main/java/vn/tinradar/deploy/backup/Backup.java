package vn.tinradar.deploy.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;

/**
 * Exports an installation's staff data to one backup file: the current value of every key of the staff topics
 * (deleted keys are not exported) and the text of the settings and sources files. Values are copied as the topic
 * holds them, so a backup restores into the release that wrote it without any conversion.
 */
public final class Backup {

    private static final Logger LOG = LoggerFactory.getLogger(Backup.class);
    private static final ObjectMapper JSON = Json.mapper();

    private final Topics topics;
    private final StaffTopics staffTopics;
    private final Clock clock;

    public Backup(Topics topics, Properties kafka, Clock clock) {
        this.topics = topics;
        this.staffTopics = new StaffTopics(topics, kafka);
        this.clock = clock;
    }

    /**
     * Writes the backup to {@code out} and returns its header.
     *
     * @param files the files that hold staff settings, by their role ({@code config}, {@code sources}); may be empty
     */
    public BackupHeader export(Path out, Map<String, Path> files) {
        List<BackupEntry> entries = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StaffDataKind kind : StaffDataKind.values()) {
            int before = entries.size();
            if (kind == StaffDataKind.FILE) {
                files.forEach((role, path) -> entries.add(fileEntry(role, path)));
            } else {
                staffTopics.current(kind).forEach((key, value) -> readable(kind, key, value)
                        .ifPresent(json -> entries.add(new BackupEntry(kind.label(), key, json))));
            }
            counts.put(kind.label(), entries.size() - before);
        }
        BackupHeader header = new BackupHeader(BackupHeader.FORMAT, BackupHeader.VERSION, topics.prefix(),
                clock.instant(), counts);
        BackupFile.write(out, header, entries);
        LOG.info("event=backup_written file={} counts={}", out, counts);
        return header;
    }

    /** A value that is not a JSON object cannot be restored faithfully: it is named in the log and left out. */
    private Optional<JsonNode> readable(StaffDataKind kind, String key, byte[] value) {
        try {
            JsonNode json = JSON.readTree(value);
            if (json != null && json.isObject()) {
                return Optional.of(json);
            }
        } catch (IOException e) {
            // reported below
        }
        LOG.warn("event=backup_entry_skipped kind={} key={} reason=not-a-json-object", kind.label(), key);
        return Optional.empty();
    }

    private static BackupEntry fileEntry(String role, Path path) {
        try {
            ObjectNode value = JSON.createObjectNode();
            value.put("name", path.getFileName().toString());
            value.put("text", Files.readString(path, StandardCharsets.UTF_8));
            return new BackupEntry(StaffDataKind.FILE.label(), role, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + role + " file " + path + " for the backup: " + e.getMessage(), e);
        }
    }
}
