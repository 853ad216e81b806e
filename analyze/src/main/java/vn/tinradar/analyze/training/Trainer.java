package vn.tinradar.analyze.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.model.LinearModelFile;
import vn.tinradar.analyze.score.ngram.NgramSettings;
import vn.tinradar.analyze.score.ngram.NgramTopicModel;
import vn.tinradar.analyze.score.ngram.NgramTrainer;

/**
 * The {@code train} command: fits a linear model for one task (topic, sentiment, suspicion, toxicity) on
 * labelled JSON lines and writes {@code <task>.model.gz} into the output directory, or, for the topic task,
 * n-gram language models into {@code topic.lm.gz}; {@link DefaultArticleScorer#load} picks either up.
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);


    private Trainer() {
    }

    /** Trains the linear model; see {@link #run(String, Path, Path, NgramSettings)}. */
    public static int run(String task, Path input, Path outputDir) {
        return run(task, input, outputDir, null);
    }

    /**
     * @param ngram settings of the n-gram language models to train instead of the linear model (topic only),
     *     or null for the linear model
     * @return an {@link ExitCode}
     */
    public static int run(String task, Path input, Path outputDir, NgramSettings ngram) {
        try {
            LinearTrainer.Settings s = TrainingData.settings(task);
            if (ngram != null && !task.equals("topic")) {
                throw new IllegalArgumentException("n-gram language models are for the topic task, not '" + task + "'");
            }
            TrainingData.Lines read = TrainingData.read(task, input);
            if (read.examples().isEmpty() && read.rejected() > 0) {
                LOG.error("event=train-failed task={} input={} reason=\"all {} lines rejected\"", task, input,
                        read.rejected());
                return ExitCode.NOTHING_USABLE;
            }
            List<LabeledText> data = read.examples();
            String trainedOn = input.getFileName() + " (" + data.size() + " lines)";
            long start = System.nanoTime();
            Path file;
            int labels;
            if (ngram == null) {
                LinearModel model = new LinearTrainer(s).train(task, data, trainedOn);
                file = outputDir.resolve(DefaultArticleScorer.modelFileName(task));
                LinearModelFile.save(model, file);
                labels = model.labels().size();
            } else {
                NgramTopicModel model = new NgramTrainer(ngram).train(data, trainedOn);
                file = outputDir.resolve(DefaultArticleScorer.TOPIC_LM_FILE);
                model.save(file);
                labels = model.labels().size();
                LOG.info("event=ngram-model-size entries={} settings=\"{}\"", model.entries(), ngram.describe());
            }
            LOG.info("event=model-trained task={} lines={} rejected={} labels={} seconds={} file={}", task, data.size(),
                    read.rejected(), labels, (System.nanoTime() - start) / 1_000_000_000, file);
            return read.rejected() > 0 ? ExitCode.SOME_REJECTED : ExitCode.DONE;
        } catch (IllegalArgumentException e) {
            LOG.error("event=train-failed task={} input={} reason=\"{}\"", task, input, e.getMessage());
            return ExitCode.UNUSABLE;
        } catch (IOException e) {
            LOG.error("event=train-failed task={} input={} reason=\"io: {}\"", task, input, e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }
}
