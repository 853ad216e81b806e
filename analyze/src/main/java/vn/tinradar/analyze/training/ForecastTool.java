package vn.tinradar.analyze.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.pipeline.trends.TrendHit;
import vn.tinradar.analyze.pipeline.trends.TrendKeys;
import vn.tinradar.analyze.score.ArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.forecast.Backtest;
import vn.tinradar.common.forecast.DailyCounts;
import vn.tinradar.common.forecast.Forecast;
import vn.tinradar.common.forecast.SeasonalForecaster;

/**
 * The {@code forecast} command's work: counts a file of dated articles per day under the chosen key, then prints the
 * expected count of the days after the file's last day for every series, or back-tests the forecaster on the file.
 */
public final class ForecastTool {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastTool.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What one series counts. */
    public enum By {
        /** every article: the volume of the whole file */
        ALL,
        /** the first path segment of the article's address, the outlet's own section ({@code /suc-khoe/...}) */
        SECTION,
        /** each topic the article is about, as the trends count it */
        TOPIC,
        /** each place of the province it names, as the trends count it */
        PLACE
    }

    /**
     * @param provinceOnly count only the articles the scorer finds relevant to the province, as the trends do
     * @param minTotal     series with fewer articles in the whole file are left out
     * @param historyDays  the most days before its start a back-tested forecast sees (28: what the Trends tab's
     *                     counts keep); 0 for all
     */
    public record Options(By by, int days, boolean backtest, boolean provinceOnly, int minTotal, int historyDays) {

        /** Every day before a forecast is seen. */
        public Options(By by, int days, boolean backtest, boolean provinceOnly, int minTotal) {
            this(by, days, backtest, provinceOnly, minTotal, 0);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final ArticleScorer scorer;
    private final TrendKeys keys;
    private final SeasonalForecaster forecaster;

    /** @param scorer needed for {@link By#TOPIC}, {@link By#PLACE} and {@code provinceOnly}; else may be null */
    public ForecastTool(ArticleScorer scorer, TrendKeys keys, SeasonalForecaster forecaster) {
        this.scorer = scorer;
        this.keys = keys;
        this.forecaster = forecaster;
    }

    /** Reads, counts, forecasts and prints; returns the exit code ({@link ExitCode}). */
    public int run(InputStream in, PrintStream out, Options options) throws IOException {
        Map<String, Map<LocalDate, Long>> byKey = new TreeMap<>();
        LocalDate first = null;
        LocalDate last = null;
        int used = 0;
        int rejected = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Article article = ArticleLines.toArticle(json.readTree(line));
                if (article.published() == null) {
                    throw new IllegalArgumentException("missing 'published': a forecast counts articles per day");
                }
                LocalDate day = article.published().atZoneSameInstant(VIETNAM).toLocalDate();
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
                for (String key : keysOf(article, options)) {
                    byKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(day, 1L, Long::sum);
                }
                used++;
            } catch (JsonProcessingException e) {
                rejected++;
                LOG.warn("event=forecast-line-rejected line={} reason=\"not valid JSON: {}\"", lineNo,
                        e.getOriginalMessage());
            } catch (RuntimeException e) {
                rejected++;
                LOG.warn("event=forecast-line-rejected line={} reason=\"{}\"", lineNo, e.getMessage());
            }
        }
        if (used == 0) {
            out.println("nothing to forecast: no usable line (" + rejected + " rejected)");
            return ExitCode.NOTHING_USABLE;
        }
        List<DailyCounts> series = new ArrayList<>();
        for (Map.Entry<String, Map<LocalDate, Long>> e : byKey.entrySet()) {
            DailyCounts counts = DailyCounts.of(e.getKey(), e.getValue(), first, last);
            if (counts.total() >= options.minTotal()) {
                series.add(counts);
            }
        }
        out.printf(Locale.ROOT, "%d articles from %s to %s (%d days), %d series by %s with >= %d articles%s%n",
                used, first, last, last.toEpochDay() - first.toEpochDay() + 1, series.size(),
                options.by().name().toLowerCase(Locale.ROOT), options.minTotal(),
                rejected > 0 ? ", " + rejected + " lines rejected" : "");
        if (options.backtest()) {
            printBacktest(series, out, options.days(), options.historyDays());
        } else {
            printForecasts(series, out, options.days());
        }
        return rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.DONE;
    }

    private List<String> keysOf(Article article, Options options) {
        boolean needsScore = options.by() == By.TOPIC || options.by() == By.PLACE || options.provinceOnly();
        ScoredArticle scored = null;
        if (needsScore) {
            if (scorer == null) {
                throw new IllegalStateException("a scorer is needed to count by topic, place or province");
            }
            scored = scorer.score(article);
            if (options.provinceOnly() && !scored.relevant()) {
                return List.of();
            }
        }
        return switch (options.by()) {
            case ALL -> List.of("all");
            case SECTION -> List.of(section(article.url()));
            case TOPIC -> kinds(scored, Trend.TOPIC);
            case PLACE -> kinds(scored, Trend.PLACE);
        };
    }

    private List<String> kinds(ScoredArticle scored, String kind) {
        // outside the province scope, count what the article is about regardless of relevance
        return keys.about(scored).stream().filter(h -> h.kind().equals(kind)).map(TrendHit::label).distinct()
                .toList();
    }

    static String section(String url) {
        if (url == null || url.isBlank()) {
            return "(no address)";
        }
        try {
            String path = URI.create(url.strip()).getPath();
            if (path == null) {
                return "(no section)";
            }
            String[] parts = path.split("/");
            // a one-segment path is the article itself (https://outlet.vn/tieu-de-123.html), not a section
            return parts.length > 2 && !parts[1].isBlank() ? parts[1] : "(no section)";
        } catch (IllegalArgumentException e) {
            return "(bad address)";
        }
    }

    private void printForecasts(List<DailyCounts> series, PrintStream out, int days) {
        out.printf(Locale.ROOT, "%-40s %-23s %9s %13s  %s%n", "series", "days", "expected", "80% interval",
                "method");
        for (DailyCounts s : series) {
            Optional<Forecast> f = forecaster.forecast(s, days);
            if (f.isEmpty()) {
                out.printf(Locale.ROOT, "%-40s not enough history (%d days, needs %d)%n", s.key(), s.days(),
                        forecaster.settings().minHistoryDays());
                continue;
            }
            Forecast forecast = f.get();
            out.printf(Locale.ROOT, "%-40s %s..%s %9.1f %6d..%-6d  %s%n", s.key(), forecast.from(), forecast.to(),
                    forecast.expected(), forecast.low(), forecast.high(), forecast.method());
        }
    }

    private void printBacktest(List<DailyCounts> series, PrintStream out, int days, int historyDays) {
        Backtest backtest = new Backtest(forecaster, days, historyDays);
        List<Backtest.Trial> all = new ArrayList<>();
        out.printf(Locale.ROOT, "back-test: forecasts of %d day(s) made each day from the %s before only%n", days,
                historyDays > 0 ? "at most " + historyDays + " days" : "days");
        out.printf(Locale.ROOT, "%-40s %6s %6s %9s %8s %10s %8s %9s%n", "series", "total", "trials", "coverage",
                "MAE", "naive MAE", "MAE/nv", "mean act");
        for (DailyCounts s : series) {
            List<Backtest.Trial> trials = backtest.run(s);
            all.addAll(trials);
            print(out, s.key(), s.total(), Backtest.Summary.of(trials));
        }
        long total = series.stream().mapToLong(DailyCounts::total).sum();
        print(out, "(all series pooled)", total, Backtest.Summary.of(all));
    }

    private static void print(PrintStream out, String key, long total, Backtest.Summary s) {
        out.printf(Locale.ROOT, "%-40s %6d %6d %8.1f%% %8.2f %10.2f %8.2f %9.1f%n", key, total, s.trials(),
                100 * s.coverage(), s.meanAbsoluteError(), s.naiveMeanAbsoluteError(), s.relativeError(),
                s.meanActual());
    }
}
