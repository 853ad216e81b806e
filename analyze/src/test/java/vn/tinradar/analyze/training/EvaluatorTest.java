package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.score.model.LabeledText;

class EvaluatorTest {

    /** Two sections of 40 lines each, in five folds of 8 + 8 by line number. */
    private static List<LabeledText> twoSections() {
        List<LabeledText> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(new LabeledText("y" + i, "Trạm y tế xã tiêm vắc xin sởi đợt " + i, "", Map.of(), "suc-khoe"));
            all.add(new LabeledText("b" + i, "Đội bóng đá tỉnh thắng trận thứ " + i, "", Map.of(), "the-thao"));
        }
        return all;
    }

    private static int[] foldsByLine(int n, int k) {
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[i] = (i / 2) % k;
        }
        return fold;
    }

    @Test
    void trainingPartIsEveryOtherFoldAtFractionOne() {
        List<LabeledText> all = twoSections();
        int[] fold = foldsByLine(all.size(), 5);

        List<Integer> part = Evaluator.trainingPart(all, fold, 0, 1.0);

        assertThat(part).hasSize(64).allSatisfy(i -> assertThat(fold[i]).isNotZero());
    }

    @Test
    void halfTrainingPartKeepsHalfOfEachLabelAndNothingHeldOut() {
        List<LabeledText> all = twoSections();
        int[] fold = foldsByLine(all.size(), 5);

        List<Integer> part = Evaluator.trainingPart(all, fold, 2, 0.5);

        assertThat(part).hasSize(32).doesNotHaveDuplicates().allSatisfy(i -> assertThat(fold[i]).isNotEqualTo(2));
        assertThat(part.stream().filter(i -> all.get(i).label().equals("suc-khoe"))).hasSize(16);
        assertThat(part).isEqualTo(Evaluator.trainingPart(all, fold, 2, 0.5)); // seeded: a rerun fits the same lines
    }

    @Test
    void fractionOutsideZeroToOneIsRefusedBeforeReadingTheInput() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();

        int rc = Evaluator.run("topic", Path.of("not-read.jsonl"), 5, 0.0,
                new PrintStream(buf, true, StandardCharsets.UTF_8));

        assertThat(rc).isEqualTo(2);
    }
}
