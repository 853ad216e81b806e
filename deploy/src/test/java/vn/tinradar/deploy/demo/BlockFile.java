package vn.tinradar.deploy.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the hand-written building blocks of the demo corpus: blocks start with {@code === kind arg...}
 * (arguments are words or key=value pairs), followed by {@code field: text} lines; a field may repeat.
 */
record BlockFile(List<Block> blocks) {

    record Block(String kind, List<String> args, Map<String, String> options, Map<String, List<String>> fields,
                 String where) {

        String one(String field) {
            List<String> values = fields.getOrDefault(field, List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String field) {
            return fields.getOrDefault(field, List.of());
        }

        String option(String key, String fallback) {
            return options.getOrDefault(key, fallback);
        }
    }

    static BlockFile read(String resource) {
        try (InputStream in = BlockFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing building block file " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BlockFile parse(String name, String text) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (i + 1);
            if (line.startsWith("=== ")) {
                List<String> args = new ArrayList<>();
                Map<String, String> options = new LinkedHashMap<>();
                String[] words = line.substring(4).trim().split("\\s+");
                for (int w = 1; w < words.length; w++) {
                    int eq = words[w].indexOf('=');
                    if (eq > 0) {
                        options.put(words[w].substring(0, eq), words[w].substring(eq + 1));
                    } else {
                        args.add(words[w]);
                    }
                }
                current = new Block(words[0], args, options, new LinkedHashMap<>(), where);
                blocks.add(current);
                continue;
            }
            int colon = line.indexOf(": ");
            if (current == null || colon < 1) {
                throw new IllegalArgumentException(where + ": expected '=== kind' or 'field: text' but was: " + line);
            }
            current.fields().computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>())
                    .add(line.substring(colon + 2).strip());
        }
        return new BlockFile(blocks);
    }
}
