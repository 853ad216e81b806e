package vn.tinradar.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.source.Selectors;

/**
 * Measures the extractor against hand-labelled pages ({@code pages/<name>.html} with {@code <name>.expected.json}):
 * title and date exactness, and body precision/recall over word tokens (multiset overlap with the labelled body).
 */
final class ExtractionQuality {

    static final List<String> PAGES = ExtractionPages.NAMES;

    record Score(String page, boolean titleExact, boolean dateExact, double precision, double recall,
                 ExtractedPage extracted, JsonNode expected) {
    }

    private ExtractionQuality() {
    }

    static JsonNode expected(String page) {
        try {
            return Json.mapper().readTree(LocalSite.text("pages/" + page + ".expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedPage extract(String page) {
        return ArticleExtractor.extract(LocalSite.text("pages/" + page + ".html"), expected(page).get("url").asText(),
                Selectors.NONE);
    }

    static Score score(String page) {
        JsonNode expected = expected(page);
        ExtractedPage got = extract(page);
        List<String> gold = new ArrayList<>();
        expected.get("body").forEach(p -> gold.add(p.asText()));
        List<String> goldTokens = tokens(String.join(" ", gold));
        List<String> gotTokens = tokens(got.text() == null ? "" : got.text());
        int overlap = overlap(goldTokens, gotTokens);
        double precision = gotTokens.isEmpty() ? 0 : (double) overlap / gotTokens.size();
        double recall = goldTokens.isEmpty() ? 0 : (double) overlap / goldTokens.size();
        boolean dateExact = got.published() != null
                && got.published().equals(OffsetDateTime.parse(expected.get("published").asText()));
        return new Score(page, expected.get("title").asText().equals(got.title()), dateExact, precision, recall, got,
                expected);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static int overlap(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        int shared = 0;
        for (String t : b) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                shared++;
                counts.put(t, c - 1);
            }
        }
        return shared;
    }

    /** Prints one line per page and the totals; run with {@code -Dtest=ExtractionQualityTest}. */
    static String report(List<Score> scores) {
        StringBuilder sb = new StringBuilder(String.format("%-22s %-6s %-6s %-9s %-6s%n", "page", "title", "date",
                "precision", "recall"));
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "%-22s %-6s %-6s %-9.3f %-6.3f%n", s.page(), s.titleExact(),
                    s.dateExact(), s.precision(), s.recall()));
        }
        sb.append(String.format(Locale.ROOT, "titles exact %d/%d, dates exact %d/%d, mean precision %.3f, mean recall %.3f%n",
                scores.stream().filter(Score::titleExact).count(), scores.size(),
                scores.stream().filter(Score::dateExact).count(), scores.size(),
                scores.stream().mapToDouble(Score::precision).average().orElse(0),
                scores.stream().mapToDouble(Score::recall).average().orElse(0)));
        return sb.toString();
    }
}
