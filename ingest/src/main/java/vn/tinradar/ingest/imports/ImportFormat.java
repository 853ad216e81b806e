package vn.tinradar.ingest.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two layouts an import file may have, each read into {@link ImportLine}s that keep their line numbers. */
enum ImportFormat {

    /** One JSON object a line; nested objects ({@code "engagement": {"like": 3}}) read as "engagement like". */
    JSON_LINES {
        @Override
        List<ImportLine> read(String content) {
            List<ImportLine> out = new ArrayList<>();
            String[] lines = content.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node == null || !node.isObject()) {
                        out.add(ImportLine.broken(i + 1, "not a JSON object"));
                    } else {
                        Map<String, String> fields = new LinkedHashMap<>();
                        flatten("", node, fields);
                        out.add(ImportLine.of(i + 1, fields));
                    }
                } catch (JsonProcessingException e) {
                    out.add(ImportLine.broken(i + 1, "broken JSON: " + e.getOriginalMessage()));
                }
            }
            return out;
        }
    },

    /** A header row naming the columns, then one post a row; ',' ';' or tab, whichever the header uses. */
    CSV {
        @Override
        List<ImportLine> read(String content) {
            List<ImportLine> out = new ArrayList<>();
            CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator(content));
            try (MappingIterator<Map<String, String>> rows = CSV_MAPPER.readerForMapOf(String.class).with(schema)
                    .readValues(content)) {
                long lastLine = -1;
                while (true) {
                    long line = rows.getParser().currentLocation().getLineNr() + 1;
                    try {
                        if (!rows.hasNextValue()) {
                            break;
                        }
                        // the CSV parser counts lines from 0
                        line = rows.getParser().currentTokenLocation().getLineNr() + 1;
                        out.add(ImportLine.of(line, new LinkedHashMap<>(rows.nextValue())));
                    } catch (IOException | RuntimeException e) {
                        if (line == lastLine) {
                            // the parser cannot get past this row: what follows is unreadable too
                            out.add(ImportLine.broken(line, "unreadable from here on: " + message(e)));
                            break;
                        }
                        lastLine = line;
                        out.add(ImportLine.broken(line, message(e)));
                    }
                }
            } catch (IOException e) {
                out.add(ImportLine.broken(1, "no header row: " + message(e)));
            }
            return out;
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV_MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    abstract List<ImportLine> read(String content);

    /** The format a file's name says, or null for a name TinRadar does not import. */
    static ImportFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return JSON_LINES;
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return CSV;
        }
        return null;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix.isEmpty() ? e.getKey() : prefix + " " + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(name, v, out);
            } else if (v.isValueNode() && !v.isNull()) {
                out.put(name, v.asText());
            }
        }
    }

    private static char separator(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static String message(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
