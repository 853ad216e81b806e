package vn.tinradar.analyze.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.batch.TrainingData;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.model.LinearTrainer;

/**
 * The {@code train} command: fits a linear model for one task (topic, sentiment, suspicion, toxicity) on
 * labelled JSON lines and writes {@code <task>.model.gz} into the output directory, where
 * {@link DefaultArticleScorer#load} picks it up.
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private Trainer() {
    }

    /** @return 0 on success, 2 when the task is unknown, the input unreadable or has fewer than 2 labels */
    public static int run(String task, Path input, Path outputDir) {
        try {
            LinearTrainer.Settings s = TrainingData.settings(task);
            List<LabeledText> data = TrainingData.read(task, input);
            long start = System.nanoTime();
            LinearModel model = new LinearTrainer(s)
                    .train(task, data, input.getFileName() + " (" + data.size() + " lines)");
            Path file = outputDir.resolve(DefaultArticleScorer.modelFileName(task));
            model.save(file);
            LOG.info("event=model-trained task={} lines={} labels={} seconds={} file={}", task, data.size(),
                    model.labels().size(), (System.nanoTime() - start) / 1_000_000_000, file);
            return 0;
        } catch (IllegalArgumentException e) {
            LOG.error("event=train-failed task={} input={} reason=\"{}\"", task, input, e.getMessage());
            return 2;
        } catch (IOException e) {
            LOG.error("event=train-failed task={} input={} reason=\"io: {}\"", task, input, e.getMessage());
            return 2;
        }
    }
}
