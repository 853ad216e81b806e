package vn.tinradar.deploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tinradar.analyze.score.BatchScorer;
import vn.tinradar.analyze.score.Evaluator;
import vn.tinradar.analyze.score.Trainer;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.ingest.ExtractTool;

/** Commands that run once and exit, without Kafka: score, train, evaluate, extract. */
final class ToolCommands {

    private ToolCommands() {
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Score articles from a JSON-lines file: places, topics, sentiment, suspicion.")
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
            description = "Train a model from labelled JSON lines (field 'label') for score and the pipeline.")
    static final class Train implements Callable<Integer> {
        @Option(names = "--task", required = true, paramLabel = "topic|sentiment|suspicion|toxicity") String task;
        @Option(names = "--input", required = true, paramLabel = "F.jsonl") Path input;
        @Option(names = "--output", required = true, paramLabel = "DIR") Path output;

        @Override
        public Integer call() throws IOException {
            return Trainer.run(task, input, output);
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Cross-validate a task on labelled JSON lines and print macro-F1 or ROC-AUC.")
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--task", required = true, paramLabel = "topic|sentiment|suspicion|toxicity") String task;
        @Option(names = "--input", required = true, paramLabel = "F.jsonl") Path input;
        @Option(names = "--folds", defaultValue = "5", paramLabel = "K") int folds;
        @Option(names = "--train-fraction", defaultValue = "1", paramLabel = "F",
                description = "Fit each fold on this share (0-1] of its training part, for a learning curve.")
        double trainFraction;

        @Override
        public Integer call() throws IOException {
            return Evaluator.run(task, input, folds, trainFraction, Console.out());
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
