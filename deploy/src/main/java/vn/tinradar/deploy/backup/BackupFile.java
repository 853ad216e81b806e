package vn.tinradar.deploy.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tinradar.common.kafka.Json;

/**
 * The backup file: UTF-8 JSON lines, a {@link BackupHeader} first, then one {@link BackupEntry} a line. Written to a
 * temporary file and moved into place, so a crash never leaves half a backup under the asked name. Reading refuses
 * another format or version outright, and reports every other bad line by its number without dropping the rest.
 */
public final class BackupFile {

    /** An entry and the line it was read from. */
    public record Line(int number, BackupEntry entry) {
    }

    /**
     * What a file held: its header, its readable entries, and one message per line that could not be read.
     *
     * @param name the file's name, which starts every problem about one of its lines
     */
    public record Contents(String name, BackupHeader header, List<Line> lines, List<String> problems) {
    }

    private static final ObjectMapper JSON = Json.mapper();

    private BackupFile() {
    }

    public static void write(Path file, BackupHeader header, List<BackupEntry> entries) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write(JSON.writeValueAsString(header));
                out.newLine();
                for (BackupEntry e : entries) {
                    out.write(JSON.writeValueAsString(e));
                    out.newLine();
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code file}; a missing file, or a first line that is not a backup header of this version, throws. */
    public static Contents read(Path file) {
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BackupHeader header;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = header(file, in.readLine());
            String text;
            int number = 1;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String problem = null;
                try {
                    BackupEntry entry = JSON.readValue(text, BackupEntry.class);
                    problem = problem(entry);
                    if (problem == null) {
                        lines.add(new Line(number, entry));
                    }
                } catch (JsonProcessingException e) {
                    problem = "not a backup entry: " + e.getOriginalMessage();
                }
                if (problem != null) {
                    problems.add(file.getFileName() + " line " + number + ": " + problem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read backup " + file + ": " + e.getMessage(), e);
        }
        problems.addAll(countMismatches(file, header, lines));
        return new Contents(file.getFileName().toString(), header, lines, problems);
    }

    private static BackupHeader header(Path file, String first) {
        String where = file.getFileName() + " line 1: ";
        if (first == null) {
            throw new IllegalArgumentException(where + "the file is empty, not a TinRadar backup");
        }
        JsonNode node;
        try {
            node = JSON.readTree(first);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + "not a TinRadar backup header: " + e.getOriginalMessage());
        }
        if (!BackupHeader.FORMAT.equals(node.path("format").asText())) {
            throw new IllegalArgumentException(where + "format is '" + node.path("format").asText()
                    + "' but a TinRadar backup says '" + BackupHeader.FORMAT + "'");
        }
        if (node.path("version").asInt(-1) != BackupHeader.VERSION) {
            throw new IllegalArgumentException(where + "backup format version " + node.path("version")
                    + ", but this TinRadar reads version " + BackupHeader.VERSION + " only; restore it with the "
                    + "TinRadar release that wrote it");
        }
        try {
            return JSON.treeToValue(node, BackupHeader.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + "unreadable backup header: " + e.getOriginalMessage());
        }
    }

    private static String problem(BackupEntry entry) {
        if (entry.kind() == null || StaffDataKind.byLabel(entry.kind()).isEmpty()) {
            return "unknown kind '" + entry.kind() + "'";
        }
        if (entry.key() == null || entry.key().isBlank()) {
            return "entry of kind '" + entry.kind() + "' without a key";
        }
        if (entry.value() == null || !entry.value().isObject()) {
            return "entry '" + entry.key() + "' of kind '" + entry.kind() + "' has no JSON object as value";
        }
        return null;
    }

    /** A header that promises more than the file holds means it was cut off (or edited). */
    private static List<String> countMismatches(Path file, BackupHeader header, List<Line> lines) {
        Map<String, Integer> found = new TreeMap<>();
        lines.forEach(l -> found.merge(l.entry().kind(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> promised : new TreeMap<>(header.counts()).entrySet()) {
            int have = found.getOrDefault(promised.getKey(), 0);
            if (have != promised.getValue()) {
                out.add(file.getFileName() + " line 1: the header counts " + promised.getValue() + " of kind '"
                        + promised.getKey() + "' but " + have + " were read (file cut off or edited?)");
            }
        }
        return out;
    }
}
