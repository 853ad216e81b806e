package vn.tinradar.analyze.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.model.FeatureSpec;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.sentiment.LexiconSentimentScorer;
import vn.tinradar.analyze.score.sentiment.SentimentFeatures;
import vn.tinradar.analyze.score.sentiment.SentimentLexicon;
import vn.tinradar.analyze.score.suspicion.EngagementFeatures;
import vn.tinradar.analyze.score.suspicion.SuspicionLexicon;
import vn.tinradar.analyze.score.suspicion.SuspicionScorer;
import vn.tinradar.analyze.training.LinearTrainer.Settings;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.kafka.Json;

/**
 * Reads labelled JSON lines for {@code train} and {@code evaluate}, and knows each task's settings: the
 * suspicion task adds the hand-written signals and engagement counts as features next to the words, the
 * sentiment task the lexicon's verdict and the text's length.
 */
public final class TrainingData {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingData.class);

    public static final List<String> TASKS = List.of("topic", "sentiment", "suspicion", "toxicity");

    /** The suspicion task's engagement features unless told otherwise. */
    public static final EngagementFeatures DEFAULT_ENGAGEMENT = EngagementFeatures.COUNTS;

    private TrainingData() {
    }

    /** @throws IllegalArgumentException for an unknown task, listing the known ones */
    public static Settings settings(String task) {
        FeatureSpec words = FeatureSpec.SYLLABLE_BIGRAMS;
        return switch (task) {
            case "topic" -> new Settings(words, 20, 16, false, false, true, 0, false, false, false, List.of());
            // negation marking, NB-weighted and plain logistic regression blended; C and the neutral threshold
            // chosen by inner cross-validation on the training lines
            case "sentiment" -> new Settings(new FeatureSpec(2, 0, 0, false, true), 20, 4, true, false, false, 0,
                    true, true, true, List.of(2.0, 4.0, 8.0));
            case "suspicion" -> new Settings(words, 20, 4, true, false, false, 0, false, false, false, List.of());
            case "toxicity" -> new Settings(words, 20, 8, true, false, false, 0, false, false, false, List.of());
            default -> throw new IllegalArgumentException("unknown task '" + task + "', expected one of " + TASKS);
        };
    }

    /** The labelled examples of a file and how many of its lines were rejected. */
    public record Lines(List<LabeledText> examples, int rejected) {
    }

    /**
     * Lines with a label, from a JSON-lines file or its gzipped form ({@code .gz}); a line that cannot be read
     * is logged with its number and the field at fault, and skipped.
     */
    public static Lines read(String task, Path input) throws IOException {
        return read(task, input, DEFAULT_ENGAGEMENT);
    }

    /**
     * As {@link #read(String, Path)}, with the suspicion task's engagement features chosen ({@code evaluate
     * --engagement}, to measure what they add).
     */
    public static Lines read(String task, Path input, EngagementFeatures engagement) throws IOException {
        settings(task);
        ObjectMapper json = Json.mapper();
        SuspicionScorer signals = task.equals("suspicion")
                ? new SuspicionScorer(SuspicionLexicon.loadDefault(), null, null) : null;
        SentimentFeatures tone = task.equals("sentiment")
                ? new SentimentFeatures(new LexiconSentimentScorer(SentimentLexicon.loadDefault())) : null;
        List<LabeledText> out = new ArrayList<>();
        int lineNo = 0;
        int skipped = 0;
        try (BufferedReader r = open(input)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = json.readTree(line);
                    String label = ArticleLines.text(n, "label");
                    if (label == null || label.isBlank()) {
                        throw new IllegalArgumentException("missing 'label'");
                    }
                    Article a = ArticleLines.toArticle(n);
                    Map<String, Double> extras = signals != null ? signals.features(a, engagement)
                            : tone != null ? tone.extras(a.title(), a.text()) : null;
                    out.add(new LabeledText(a.id(), a.title(), a.text(), extras, label.trim()));
                } catch (IOException | RuntimeException e) {
                    skipped++;
                    if (skipped <= 10) {
                        LOG.warn("event=training-line-skipped file={} line={} reason=\"{}\"", input, lineNo,
                                e instanceof IOException ? "not valid JSON" : e.getMessage());
                    }
                }
            }
        }
        LOG.info("event=training-data-read file={} lines={} skipped={}", input, out.size(), skipped);
        return new Lines(out, skipped);
    }

    /** Opens a JSON-lines file as UTF-8 text, unzipping it when its name ends in {@code .gz}. */
    public static BufferedReader open(Path input) throws IOException {
        if (!input.getFileName().toString().endsWith(".gz")) {
            return Files.newBufferedReader(input, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(input), 1 << 16),
                StandardCharsets.UTF_8));
    }
}
