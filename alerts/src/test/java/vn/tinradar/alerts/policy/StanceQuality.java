package vn.tinradar.alerts.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.kafka.Json;

/**
 * Measures {@link StanceRules} on hand-labelled sentences of real press items: the labels name a sentence by its
 * item id and a hash of its words (the text stays in the dump it came from), so the file holds only our labels.
 */
final class StanceQuality {

    /** The draft the labelled sentences react to: the 2026 university admissions regulation, consulted Jan-Feb 2026. */
    static final AlertsConfig.Policy ADMISSIONS = new AlertsConfig.Policy("quy-che-tuyen-sinh-2026",
            "Dự thảo sửa đổi Quy chế tuyển sinh đại học 2026",
            List.of("quy chế tuyển sinh", "tuyển sinh", "nguyện vọng", "học bạ", "xét tuyển", "điểm sàn",
                    "ngưỡng đầu vào", "điểm ưu tiên"),
            LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 20));

    /** One labelled sentence: which item, its place there (0 = title), the hash of its words, the stance. */
    record Label(String itemId, int index, String hash, Stance stance) {
    }

    /** One candidate sentence of an item: it names the draft or a key term. */
    record Candidate(String itemId, int index, String hash, String text) {
    }

    private StanceQuality() {
    }

    static List<Label> labels(List<String> lines, String file) {
        List<Label> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 4) {
                throw new IllegalArgumentException(file + " line " + n
                        + ": expected item, index, hash, stance (tab-separated) but got " + c.length + " columns");
            }
            try {
                out.add(new Label(c[0], Integer.parseInt(c[1]), c[2], Stance.of(c[3])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The sentences of the dump's items that name the draft, by item id, in reading order. */
    static List<Candidate> candidates(Path dump, java.util.Set<String> itemIds) throws IOException {
        FeedbackExtractor extractor = new FeedbackExtractor(ADMISSIONS);
        List<Candidate> out = new ArrayList<>();
        for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
            JsonNode item = Json.mapper().readTree(line);
            String id = item.path("id").asText();
            if (!itemIds.contains(id)) {
                continue;
            }
            List<String> sentences = new ArrayList<>();
            sentences.add(item.path("title").asText());
            sentences.addAll(SentenceSplitter.split(item.path("text").asText()));
            for (int i = 0; i < sentences.size(); i++) {
                if (!extractor.names(sentences.get(i)).isEmpty()) {
                    out.add(new Candidate(id, i, hash(sentences.get(i)), sentences.get(i)));
                }
            }
        }
        return out;
    }

    static String hash(String sentence) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(StanceRules.words(sentence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Confusion counts, gold stance → predicted stance → sentences. */
    static Map<Stance, Map<Stance, Integer>> confusion(List<Label> labels, List<Candidate> candidates) {
        Map<String, Candidate> byHash = new LinkedHashMap<>();
        candidates.forEach(c -> byHash.put(c.itemId() + "/" + c.hash(), c));
        Map<Stance, Map<Stance, Integer>> out = new EnumMap<>(Stance.class);
        for (Label l : labels) {
            Candidate c = byHash.get(l.itemId() + "/" + l.hash());
            if (c == null) {
                throw new IllegalArgumentException("labelled sentence " + l.itemId() + " #" + l.index() + " ("
                        + l.hash() + ") is not in the dump: is it the same file?");
            }
            Stance predicted = StanceRules.read(c.text()).stance();
            out.computeIfAbsent(l.stance(), k -> new EnumMap<>(Stance.class)).merge(predicted, 1, Integer::sum);
        }
        return out;
    }
}
