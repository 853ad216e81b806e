package vn.tinradar.alerts.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;

/**
 * Measurement tool, not a test: which word pair, if any, {@link SharedTerms} finds in groups of real articles (a
 * trend's samples from a replay trace), so the rule can be read on news nobody here wrote.
 *
 * <p>Arguments: the replay input (score-format lines with title and text), the {@code score} output for the same
 * lines (places, topics), and a TSV of groups: {@code name<TAB>topic or -<TAB>id,id,...}. Prints one line per group.
 */
public final class SharedTermsOnFile {

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> items = read(json, Path.of(args[0]));
        Map<String, JsonNode> scored = read(json, Path.of(args[1]));
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String topic = "-".equals(f[1]) ? null : f[1];
            List<ScoredArticle> found = new ArrayList<>();
            for (String id : f[2].split(",")) {
                if (items.containsKey(id) && scored.containsKey(id)) {
                    found.add(article(items.get(id), scored.get(id)));
                }
            }
            String term = found.size() < TrendSamples.MIN_FOUND_TO_JUDGE ? "(too few found)"
                    : SharedTerms.common(found, topic).orElse("-");
            System.out.println(f[0] + "\tfound=" + found.size() + "\tshared=" + term);
        }
    }

    private static Map<String, JsonNode> read(ObjectMapper json, Path file) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                byId.put(n.path("id").asText(), n);
            }
        }
        return byId;
    }

    private static ScoredArticle article(JsonNode item, JsonNode score) {
        Article a = new Article(Article.VERSION, item.path("id").asText(), item.path("url").asText(null),
                item.path("source").asText(null), item.path("source").asText(null), null, item.path("title").asText(),
                null, item.path("text").asText(""), null, null, null, "vi", null, null, null, null, null, null, false);
        List<PlaceTag> places = new ArrayList<>();
        score.path("places").forEach(p -> places.add(new PlaceTag(p.path("id").asText(), p.path("name").asText(),
                p.path("level").asText(), p.path("matched").asText())));
        List<TopicScore> topics = new ArrayList<>();
        score.path("topics").forEach(t -> {
            List<String> evidence = new ArrayList<>();
            t.path("evidence").forEach(e -> evidence.add(e.asText()));
            topics.add(new TopicScore(t.path("label").asText(), t.path("score").asDouble(), evidence));
        });
        return new ScoredArticle(ScoredArticle.VERSION, a, score.path("relevant").asBoolean(), places, topics, null,
                null, null, null, null);
    }
}
