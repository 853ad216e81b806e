package vn.tinradar.analyze.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.analyze.training.ArticleLines;
import vn.tinradar.analyze.training.TrainingData;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.Json;

/**
 * The articles of a benchmark: the first {@code n} lines of a {@code score}-format JSON-lines file, scored by the
 * product's scorer. A file shorter than {@code n} is gone through again, each later round under new ids, URLs and
 * titles ("(bản 2)") with the first round's scores, so a 33,480-article corpus makes a million distinct articles.
 * Lines without a date, and the copies, are dated over the year before {@link #LAST_DAY}, one every
 * {@code year / n}.
 */
final class BenchArticles {

    static final OffsetDateTime LAST_DAY = OffsetDateTime.parse("2026-06-30T23:00:00+07:00");

    private final List<ScoredArticle> firstRound;
    private final int n;
    private final Duration step;

    private BenchArticles(List<ScoredArticle> firstRound, int n) {
        this.firstRound = firstRound;
        this.n = n;
        this.step = Duration.ofDays(365).dividedBy(Math.max(1, n));
    }

    /**
     * Reads and scores up to {@code n} lines; a line that is no article stops the benchmark with its number.
     *
     * @throws IllegalArgumentException naming the file and line of the first unreadable line
     */
    static BenchArticles read(Path file, int n, ArticleScorer scorer) throws IOException {
        List<ObjectNode> lines = new ArrayList<>();
        OffsetDateTime first = LAST_DAY.minusDays(365);
        Duration step = Duration.ofDays(365).dividedBy(Math.max(1, n));
        try (BufferedReader in = TrainingData.open(file)) {
            String line;
            int number = 0;
            while (lines.size() < n && (line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ObjectNode node = (ObjectNode) Json.mapper().readTree(line);
                    if (!node.hasNonNull("published")) {
                        node.put("published", first.plus(step.multipliedBy(lines.size())).toString());
                    }
                    if (!node.hasNonNull("source")) {
                        node.put("source", "bench-press");
                    }
                    ArticleLines.toArticle((JsonNode) node); // refuses a bad line here, with its number
                    lines.add(node);
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no article");
        }
        // the scorer is shared by the topology's stream threads, so scoring on both cores is safe
        List<ScoredArticle> scored = lines.parallelStream()
                .map(node -> scorer.score(ArticleLines.toArticle((JsonNode) node))).toList();
        return new BenchArticles(scored, n);
    }

    int size() {
        return n;
    }

    /** Hands every article, in order, to {@code sink}. */
    void forEach(Consumer<ScoredArticle> sink) {
        for (int i = 0; i < n; i++) {
            sink.accept(get(i));
        }
    }

    /** The {@code i}-th article: a line of the file, or a later round's copy of one under a new id. */
    ScoredArticle get(int i) {
        int round = i / firstRound.size();
        ScoredArticle base = firstRound.get(i % firstRound.size());
        if (round == 0) {
            return base;
        }
        Article a = base.article();
        String id = a.id() + "~" + (round + 1);
        String url = (a.url() == null ? "https://bench.invalid/" + a.id() : a.url()) + "#ban-" + (round + 1);
        String title = (a.title() == null ? "" : a.title()) + " (bản " + (round + 1) + ")";
        // the copies are spread over the same year as the lines without a date
        OffsetDateTime published = LAST_DAY.minusDays(365).plus(step.multipliedBy(i));
        Article copy = new Article(a.v(), id, url, a.sourceId(), a.sourceName(), a.tier(), title, a.summary(),
                a.text(), a.author(), a.section(), a.image(), a.language(), published, a.updated(), a.dateSource(),
                a.fetchedAt(), a.contentHash(), a.engagement(), a.provinceSource(), a.post());
        return new ScoredArticle(base.v(), copy, base.relevant(), base.places(), base.topics(), base.sentiment(),
                base.suspicion(), base.storyId(), base.duplicateOf(), base.scoredAt(), base.relevance());
    }
}
