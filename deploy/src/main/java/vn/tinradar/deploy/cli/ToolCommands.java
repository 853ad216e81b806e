package vn.tinradar.deploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.pipeline.trends.TrendKeys;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.analyze.training.BatchScorer;
import vn.tinradar.analyze.training.ForecastTool;
import vn.tinradar.analyze.training.Evaluator;
import vn.tinradar.analyze.score.suspicion.EngagementFeatures;
import vn.tinradar.analyze.training.HeldOutEvaluator;
import vn.tinradar.analyze.training.ExitCode;
import vn.tinradar.analyze.training.Trainer;
import vn.tinradar.analyze.training.DataSplitter;
import vn.tinradar.analyze.training.TrainingData;
import vn.tinradar.analyze.training.LinearFamily;
import vn.tinradar.analyze.training.ModelFamily;
import vn.tinradar.analyze.training.NgramFamily;
import vn.tinradar.analyze.score.ngram.NgramSettings;
import vn.tinradar.common.forecast.SeasonalForecaster;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.ingest.ExtractTool;

/** Commands that run once and exit, without Kafka: score, train, evaluate, split, forecast, extract. */
final class ToolCommands {

    private ToolCommands() {
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score articles from a JSON-lines file: places, topics, sentiment, suspicion.",
                "A 'published' time without an offset (2018-08-20 00:00:00) is read as Vietnam time; a line that"
                        + " cannot be read is written as {id, error: \"line N: ...\"} and the rest is scored."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:every line scored", "1:nothing scored (every line rejected, or no line)",
                "2:input or models unreadable", "3:some lines scored, some rejected"})
    static final class Score implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "F.jsonl") Path input;
        @Option(names = "--output", paramLabel = "F.jsonl", description = "default: standard output") Path output;
        @Option(names = "--models", paramLabel = "DIR", description = "trained models (default: bundled)") Path models;
        @Option(names = "--province", paramLabel = "NAME",
                description = "whose places to find, one of the 34 (default: the config's province, then Lào Cai)")
        String province;
        @Option(names = "--config", paramLabel = "FILE", description = "settings whose province: is the default")
        Path config;

        @Override
        public Integer call() throws IOException {
            // an unknown name is refused with the close ones (exit 1, see Commands)
            Province chosen = province != null ? Provinces.byName(province) : Settings.load(config).province();
            try (InputStream in = Files.newInputStream(input);
                 OutputStream out = output == null ? Console.out() : Files.newOutputStream(output)) {
                int rc = BatchScorer.run(in, out, models, chosen);
                out.flush();
                return rc;
            }
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train a model from labelled JSON lines (field 'label'; .jsonl or .jsonl.gz) for score"
                    + " and the pipeline.",
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:model written from every line", "1:no line usable",
                "2:task, option or input unusable", "3:model written, some lines rejected (named in the log)"})
    static final class Train implements Callable<Integer> {
        @Option(names = "--task", required = true, paramLabel = "topic|sentiment|suspicion|toxicity") String task;
        @Option(names = "--input", required = true, paramLabel = "F.jsonl") Path input;
        @Option(names = "--output", required = true, paramLabel = "DIR") Path output;
        @Mixin ModelChoice model;

        @Override
        public Integer call() {
            return Trainer.run(task, input, output, model.ngram());
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Measure a task on labelled JSON lines (.jsonl or .jsonl.gz) and print per-label F1,"
                    + " macro-F1, accuracy (and ROC-AUC for suspicion).",
                "With --input: stratified k-fold cross-validation. With --train and --test: fit on one file, score"
                        + " the other (the held-out protocol; make the files with 'split')."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:figures printed from every line", "1:no line usable",
                "2:task, option or input unusable", "3:figures printed, some lines rejected (named in the log)"})
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--task", required = true, paramLabel = "topic|sentiment|suspicion|toxicity") String task;
        @Option(names = "--input", paramLabel = "F.jsonl", description = "cross-validate on this file") Path input;
        @Option(names = "--train", paramLabel = "A.jsonl", description = "fit on this file (with --test)") Path train;
        @Option(names = "--test", paramLabel = "B.jsonl", description = "score this file (with --train)") Path test;
        @Option(names = "--folds", defaultValue = "5", paramLabel = "K") int folds;
        @Option(names = "--train-fraction", defaultValue = "1", paramLabel = "F",
                description = "Fit each fold on this share (0-1] of its training part, for a learning curve.")
        double trainFraction;
        @Option(names = "--engagement", defaultValue = "counts", paramLabel = "none|counts|full",
                description = "suspicion, with --train/--test: engagement features beside the words (none; log counts;"
                        + " counts, their ratios and night or weekend posting)")
        String engagement;
        @Mixin ModelChoice model;

        @Override
        public Integer call() {
            boolean crossValidate = input != null && train == null && test == null;
            boolean heldOut = input == null && train != null && test != null;
            if (!crossValidate && !heldOut) {
                throw new IllegalArgumentException("evaluate needs either --input F, or --train A and --test B");
            }
            if (input != null) {
                return Evaluator.run(task, input, folds, trainFraction, model.family(), Console.out());
            }
            ModelFamily family = model.family() == null
                    ? new LinearFamily(TrainingData.settings(task)) : model.family();
            return HeldOutEvaluator.runHeldOut(task, train, test, family, EngagementFeatures.parse(engagement),
                    Console.out());
        }
    }

    /** Which model family train and evaluate fit: the linear model, or n-gram language models (topic). */
    static final class ModelChoice {
        @Option(names = "--model", defaultValue = "linear", paramLabel = "linear|lm",
                description = "linear (every task) or lm: per-label syllable n-gram language models (topic)")
        String kind;
        @Option(names = "--order", defaultValue = "3", paramLabel = "N", description = "lm: longest n-gram, 1-3")
        int order;
        @Option(names = "--min-count", defaultValue = "2", paramLabel = "C",
                description = "lm: drop n-grams of 2+ words seen fewer times in a label (model size)")
        int minCount;
        @Option(names = "--length-normalised", defaultValue = "false", arity = "1", paramLabel = "true|false",
                description = "lm: compare log-probability per word")
        boolean lengthNormalised;
        @Option(names = "--prior", defaultValue = "false", arity = "1", paramLabel = "true|false",
                description = "lm: add each label's log share of the training texts")
        boolean prior;

        /** The n-gram settings, or null for the linear model. */
        NgramSettings ngram() {
            return switch (kind) {
                case "linear" -> null;
                case "lm" -> new NgramSettings(order, minCount, lengthNormalised, prior);
                default -> throw new IllegalArgumentException("--model must be linear or lm but was '" + kind + "'");
            };
        }

        /** The family to evaluate, or null for the linear model with the task's settings. */
        ModelFamily family() {
            NgramSettings s = ngram();
            return s == null ? null : new NgramFamily(s);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = {"Deal labelled JSON lines into <name>.train/.dev/.test.jsonl, stratified by label with a"
                    + " fixed seed, for the held-out protocol: choose variants on dev, report on test."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:every line dealt", "1:no line usable", "2:option or input unusable",
                "3:parts written, some lines rejected (named in the log)"})
    static final class Split implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "F.jsonl[.gz]") Path input;
        @Option(names = "--output-dir", required = true, paramLabel = "DIR") Path outputDir;
        @Option(names = "--dev", defaultValue = "0.1", paramLabel = "SHARE") double dev;
        @Option(names = "--test", defaultValue = "0.1", paramLabel = "SHARE") double test;
        @Option(names = "--seed", defaultValue = "42", paramLabel = "N") long seed;

        @Override
        public Integer call() {
            try {
                DataSplitter.Result r = new DataSplitter(dev, test, seed).split(input, outputDir);
                int dealt = r.lines().values().stream().mapToInt(Integer::intValue).sum();
                Console.out().println("split " + input.getFileName() + ": " + r.lines() + ", rejected " + r.rejected());
                return dealt == 0 ? ExitCode.NOTHING_USABLE : r.rejected() > 0 ? ExitCode.SOME_REJECTED : ExitCode.DONE;
            } catch (IOException e) {
                Console.err().println("error: cannot split " + input + ": " + e.getMessage());
                return ExitCode.UNUSABLE;
            }
        }
    }

    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = {"Count dated articles per day by topic, place, section or in all, and print the expected"
                    + " count of the next days with an 80% interval (day-of-week seasonal model), or back-test"
                    + " that forecaster on the file itself.",
                "A 'published' time without an offset is Vietnam time; days are Vietnam days."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:every line used", "1:no line usable", "2:input or models unreadable",
                "3:some lines used, some rejected (named in the log)"})
    static final class Forecast implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "F.jsonl") Path input;
        @Option(names = "--by", defaultValue = "topic", paramLabel = "all|section|topic|place",
                description = "what one series counts (default: ${DEFAULT-VALUE}); section: the address's first"
                        + " path segment") String by;
        @Option(names = "--days", defaultValue = "1", paramLabel = "N",
                description = "how many days one forecast covers: 1 to 3 (24 to 72 hours)") int days;
        @Option(names = "--backtest", description = "forecast each day of the file from the days before it and"
                + " compare with what came, and with the same weekdays of the week before") boolean backtest;
        @Option(names = "--all-articles", description = "count every article, not only those about the province")
        boolean allArticles;
        @Option(names = "--min-articles", defaultValue = "30", paramLabel = "N",
                description = "leave out series with fewer articles in the whole file") int minTotal;
        @Option(names = "--history-days", defaultValue = "0", paramLabel = "N",
                description = "with --backtest, each forecast sees at most the N days before it (28: what the Trends"
                        + " tab's counts keep); 0, the default: every day before it") int historyDays;
        @Option(names = "--province", paramLabel = "NAME") String province;
        @Option(names = "--config", paramLabel = "FILE") Path config;
        @Option(names = "--models", paramLabel = "DIR", description = "trained models (default: bundled)") Path models;

        @Override
        public Integer call() throws IOException {
            ForecastTool.By kind;
            try {
                kind = ForecastTool.By.valueOf(by.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                Console.err().println("error: --by " + by + ": must be one of all, section, topic, place");
                return ExitCode.UNUSABLE;
            }
            if (days < 1 || days > 3) {
                Console.err().println("error: --days " + days + ": must be 1, 2 or 3");
                return ExitCode.UNUSABLE;
            }
            if (historyDays != 0 && historyDays < 14) {
                Console.err().println("error: --history-days " + historyDays + ": must be 0 (all) or at least 14,"
                        + " the history a forecast needs");
                return ExitCode.UNUSABLE;
            }
            boolean needsScorer = kind == ForecastTool.By.TOPIC || kind == ForecastTool.By.PLACE || !allArticles;
            DefaultArticleScorer scorer = null;
            if (needsScorer) {
                Province chosen = province != null ? Provinces.byName(province) : Settings.load(config).province();
                scorer = DefaultArticleScorer.load(models, chosen);
            }
            ForecastTool tool = new ForecastTool(scorer, new TrendKeys(AnalyzeConfig.defaults().trendTopicMinScore()),
                    new SeasonalForecaster());
            try (InputStream in = Files.newInputStream(input)) {
                return tool.run(in, Console.out(), new ForecastTool.Options(kind, days, backtest, !allArticles,
                        minTotal, historyDays));
            }
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Print what ingest makes of one feed, sitemap or page, as JSON lines.")
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "URL-or-FILE") String target;

        @Override
        public Integer call() {
            return ExtractTool.run(target, Console.out());
        }
    }
}
