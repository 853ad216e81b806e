package vn.tinradar.analyze.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Json;

/**
 * The {@code split} command: deals a labelled JSON-lines file into train, dev and test parts, stratified by
 * label with a fixed seed, so anyone rerunning it gets the same parts. Variants are chosen on dev; test is
 * read once, for the figure reported. Lines are copied unchanged; a line without a label is rejected with
 * its number.
 */
public final class DataSplitter {

    private static final Logger LOG = LoggerFactory.getLogger(DataSplitter.class);

    /** The three parts, in the order their files are written. */
    public static final List<String> PARTS = List.of("train", "dev", "test");

    private final double devShare;
    private final double testShare;
    private final long seed;

    /** @throws IllegalArgumentException when a share is outside [0, 1) or both leave nothing to train on */
    public DataSplitter(double devShare, double testShare, long seed) {
        if (devShare < 0 || testShare < 0 || devShare + testShare >= 1) {
            throw new IllegalArgumentException("dev and test shares must be >= 0 and sum below 1 but were "
                    + devShare + " and " + testShare);
        }
        this.devShare = devShare;
        this.testShare = testShare;
        this.seed = seed;
    }

    /** How many lines went to each part, and how many were rejected. */
    public record Result(Map<String, Integer> lines, int rejected) {
    }

    /**
     * Writes {@code <name>.train.jsonl}, {@code <name>.dev.jsonl} and {@code <name>.test.jsonl} into
     * {@code outputDir}, {@code <name>} being the input's file name without {@code .jsonl} or {@code .jsonl.gz}.
     */
    public Result split(Path input, Path outputDir) throws IOException {
        ObjectMapper json = Json.mapper();
        Map<String, List<String>> byLabel = new TreeMap<>();
        int rejected = 0;
        int lineNo = 0;
        try (BufferedReader r = TrainingData.open(input)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String label;
                try {
                    JsonNode n = json.readTree(line);
                    label = n.isObject() ? ArticleLines.text(n, "label") : null;
                } catch (IOException e) {
                    rejected++;
                    LOG.warn("event=split-line-rejected file={} line={} reason=\"not valid JSON\"", input, lineNo);
                    continue;
                }
                if (label == null || label.isBlank()) {
                    rejected++;
                    LOG.warn("event=split-line-rejected file={} line={} reason=\"missing 'label'\"", input, lineNo);
                    continue;
                }
                byLabel.computeIfAbsent(label.trim(), k -> new ArrayList<>()).add(line);
            }
        }
        Map<String, List<String>> parts = new TreeMap<>();
        PARTS.forEach(p -> parts.put(p, new ArrayList<>()));
        Random random = new Random(seed);
        for (List<String> lines : byLabel.values()) {
            List<String> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, random);
            int dev = (int) Math.round(devShare * shuffled.size());
            int test = (int) Math.round(testShare * shuffled.size());
            parts.get("dev").addAll(shuffled.subList(0, dev));
            parts.get("test").addAll(shuffled.subList(dev, dev + test));
            parts.get("train").addAll(shuffled.subList(dev + test, shuffled.size()));
        }
        Files.createDirectories(outputDir);
        String name = input.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.jsonl$", "");
        Map<String, Integer> counts = new TreeMap<>();
        for (String part : PARTS) {
            // shuffled again so a part is not sorted by label, which a reader of the file would trip over
            List<String> lines = parts.get(part);
            Collections.shuffle(lines, random);
            try (BufferedWriter w = Files.newBufferedWriter(outputDir.resolve(name + "." + part + ".jsonl"),
                    StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            }
            counts.put(part, lines.size());
        }
        LOG.info("event=split-done file={} train={} dev={} test={} rejected={} seed={}", input, counts.get("train"),
                counts.get("dev"), counts.get("test"), rejected, seed);
        return new Result(counts, rejected);
    }
}
