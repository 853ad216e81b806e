package vn.tinradar.analyze.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import vn.tinradar.common.kafka.Json;

/** The real articles a year of articles is built from, grouped by their section so recombined text stays on topic. */
final class SeedArticles {

    /** One real article: title, and its text cut into paragraphs (a title + lead article has one). */
    record Seed(String id, String section, String title, List<String> paragraphs) {
    }

    /** VNTC titles that run into the lead or body (no line break in the file) are cut after their first sentence. */
    private static final int LONGEST_TITLE = 160;

    private final List<Seed> all = new ArrayList<>();
    private final Map<String, List<Seed>> bySection = new LinkedHashMap<>();

    /** Reads every file given (JSON lines, gzipped when the name ends in .gz); lines without text are skipped. */
    static SeedArticles read(List<Path> files) throws IOException {
        SeedArticles seeds = new SeedArticles();
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        seeds.add(Json.mapper().readTree(line));
                    }
                }
            }
        }
        return seeds;
    }

    private void add(JsonNode n) {
        String title = n.path("title").asText("").strip();
        String text = n.path("text").asText("").strip();
        if (title.length() > LONGEST_TITLE) {
            int cut = firstSentenceEnd(title);
            if (cut > 0) {
                text = (title.substring(cut).strip() + "\n" + text).strip();
                title = title.substring(0, cut).strip();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\s*\\n\\s*")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        if (title.isEmpty() || paragraphs.isEmpty()) {
            return;
        }
        Seed seed = new Seed(n.path("id").asText(), n.path("label").asText("?"), title, List.copyOf(paragraphs));
        all.add(seed);
        bySection.computeIfAbsent(seed.section(), s -> new ArrayList<>()).add(seed);
    }

    private static int firstSentenceEnd(String s) {
        for (int i = 20; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(s.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    int size() {
        return all.size();
    }

    Seed get(int i) {
        return all.get(i);
    }

    List<Seed> section(String section) {
        return bySection.get(section);
    }

    Map<String, Integer> sectionSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        bySection.forEach((s, list) -> sizes.put(s, list.size()));
        return sizes;
    }
}
