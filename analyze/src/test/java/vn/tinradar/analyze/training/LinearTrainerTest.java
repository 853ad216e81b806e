package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.score.model.FeatureSpec;
import vn.tinradar.analyze.score.model.LabeledText;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.model.LinearModelFile;
import vn.tinradar.analyze.score.model.StudentFeedback;

class LinearTrainerTest {

    @TempDir
    Path dir;

    private static final FeatureSpec WORDS_AND_NEGATION = new FeatureSpec(2, 0, 0, false, true);

    private static String predict(LinearModel m, String text) {
        double[] p = m.probabilities(null, text, null);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return m.labels().get(best);
    }

    @Test
    void blendedNaiveBayesModelTellsPraiseFromComplaint() {
        LinearModel m = new LinearTrainer(new LinearTrainer.Settings(WORDS_AND_NEGATION, 18, 4, true, false, false, 0,
                true, true, false, List.of())).train("sentiment", StudentFeedback.examples(), "feedback");

        assertThat(predict(m, "cô giảng bài rất dễ hiểu")).isEqualTo("positive");
        assertThat(predict(m, "thầy dạy không dễ hiểu")).isEqualTo("negative");
    }

    @Test
    void trainingTwiceGivesTheSameModelFile() throws IOException {
        LinearTrainer trainer = new LinearTrainer(new LinearTrainer.Settings(WORDS_AND_NEGATION, 16, 1, true, true,
                true, 1, true, false, true, List.of(0.5, 2.0)));
        List<LabeledText> data = StudentFeedback.examples();

        LinearModelFile.save(trainer.train("sentiment", data, "feedback"), dir.resolve("a.model.gz"));
        LinearModelFile.save(trainer.train("sentiment", data, "feedback"), dir.resolve("b.model.gz"));

        assertThat(Files.readAllBytes(dir.resolve("a.model.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.model.gz")));
    }

    @Test
    void macroF1CountsTheShiftedRareLabel() {
        double[][] decisions = {{0.9, 0.3, -1}, {-1, 0.4, 0.8}, {0.2, 0.1, -1}, {-1, -0.2, 0.3}};
        int[] gold = {0, 1, 1, 2};

        double unshifted = LinearTrainer.macroF1(decisions, gold, 3, 1, 0);
        double shifted = LinearTrainer.macroF1(decisions, gold, 3, 1, 0.45);

        assertThat(unshifted).isLessThan(shifted);
        assertThat(shifted).isEqualTo(1.0);
    }
}
