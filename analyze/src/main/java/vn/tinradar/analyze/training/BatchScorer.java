package vn.tinradar.analyze.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * The {@code score} command: reads one article a line as JSON, writes one scored line per input line with the
 * same {@code id}: {@code relevant, relevance (basis and evidence), places, topics, sentiment, suspicion}. A line that cannot be read
 * becomes {@code {"id": ..., "error": "line N: ..."}} naming the field at fault, and the rest of the input is
 * still scored; a {@code published} without an offset is read as Vietnam time.
 */
public final class BatchScorer {

    private static final Logger LOG = LoggerFactory.getLogger(BatchScorer.class);

    private final ArticleScorer scorer;
    private final ObjectMapper json = Json.mapper();

    public BatchScorer(ArticleScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * Scores every line of {@code in} onto {@code out} (UTF-8).
     *
     * @param modelsDir trained models and overrides, or null for the bundled defaults
     * @return an {@link ExitCode}: {@code UNUSABLE} when the input or models could not be read at all
     */
    public static int run(InputStream in, OutputStream out, Path modelsDir) {
        return run(in, out, modelsDir, Provinces.defaultProvince());
    }

    /** As {@link #run(InputStream, OutputStream, Path)}, finding the places of {@code province}. */
    public static int run(InputStream in, OutputStream out, Path modelsDir, Province province) {
        ArticleScorer scorer;
        try {
            scorer = DefaultArticleScorer.load(modelsDir, province);
        } catch (RuntimeException e) {
            LOG.error("event=score-models-unreadable dir={} reason=\"{}\"", modelsDir, e.getMessage());
            return ExitCode.UNUSABLE;
        }
        try {
            return new BatchScorer(scorer).score(in, out).exitCode();
        } catch (IOException e) {
            LOG.error("event=score-io-failed reason=\"{}\"", e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }

    /** How many lines were scored and how many were errors. */
    public record Counts(int scored, int errors) {

        /** The command's exit code for these counts, so a script can tell a partial run from a failed one. */
        public int exitCode() {
            return scored == 0 ? ExitCode.NOTHING_USABLE : errors > 0 ? ExitCode.SOME_REJECTED : ExitCode.DONE;
        }
    }

    public Counts score(InputStream in, OutputStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        int lineNo = 0;
        int scored = 0;
        int errors = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = null;
            try {
                node = json.readTree(line);
                ScoredArticle s = scorer.score(ArticleLines.toArticle(node));
                writer.println(json.writeValueAsString(toJson(s)));
                scored++;
            } catch (JsonProcessingException e) {
                errors++;
                writer.println(error(null, lineNo, "not valid JSON: " + e.getOriginalMessage()));
            } catch (RuntimeException e) {
                errors++;
                String id = node != null && node.hasNonNull("id") ? node.get("id").asText() : null;
                writer.println(error(id, lineNo, e.getMessage()));
            }
        }
        writer.flush();
        LOG.info("event=score-batch-done scored={} errors={}", scored, errors);
        return new Counts(scored, errors);
    }

    private String error(String id, int lineNo, String reason) throws JsonProcessingException {
        LOG.warn("event=score-line-rejected line={} id={} reason=\"{}\"", lineNo, id, reason);
        ObjectNode n = json.createObjectNode();
        if (id == null) {
            n.putNull("id");
        } else {
            n.put("id", id);
        }
        n.put("error", "line " + lineNo + ": " + reason);
        return json.writeValueAsString(n);
    }

    ObjectNode toJson(ScoredArticle s) {
        ObjectNode n = json.createObjectNode();
        n.put("id", s.id());
        n.put("relevant", s.relevant());
        if (s.relevance() != null) {
            ObjectNode relevance = n.putObject("relevance").put("basis", s.relevance().basis());
            s.relevance().evidence().forEach(relevance.putArray("evidence")::add);
        }
        ArrayNode places = n.putArray("places");
        for (PlaceTag p : s.places()) {
            places.addObject().put("name", p.name()).put("level", p.level()).put("id", p.id()).put("matched", p.matched());
        }
        ArrayNode topics = n.putArray("topics");
        for (TopicScore t : s.topics()) {
            ObjectNode o = topics.addObject().put("label", t.label()).put("score", t.score());
            t.evidence().forEach(o.putArray("evidence")::add);
        }
        ObjectNode sentiment = n.putObject("sentiment").put("label", s.sentiment().label()).put("score", s.sentiment().score());
        s.sentiment().evidence().forEach(sentiment.putArray("evidence")::add);
        ObjectNode suspicion = n.putObject("suspicion").put("score", s.suspicion().score());
        ArrayNode signals = suspicion.putArray("signals");
        for (Signal g : s.suspicion().signals()) {
            signals.addObject().put("name", g.name()).put("weight", g.weight()).put("evidence", g.evidence());
        }
        return n;
    }
}
