package vn.tinradar.analyze.score.ngram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgramTopicModelTest {

    @TempDir
    Path dir;

    private static NgramTopicModel trained(NgramSettings s) {
        return new NgramTrainer(s).train(TopicTexts.corpus(), "test corpus");
    }

    @Test
    void aLandslideReportGoesToTheDisasterModel() {
        NgramTopicModel m = trained(new NgramSettings(3, 1, false, false));

        double[] p = m.probabilities("Sạt lở đất ở Bát Xát", "Mưa lớn gây sạt lở, các hộ dân được di dời khẩn cấp.");

        assertThat(m.labels().get(p[0] > p[1] ? 0 : 1)).isEqualTo("thien-tai");
    }

    @Test
    void aFootballReportGoesToTheSportModel() {
        NgramTopicModel m = trained(new NgramSettings(3, 1, false, false));

        double[] p = m.probabilities("Bóng đá", "Đội bóng đá của tỉnh vào chung kết giải bóng đá thanh niên.");

        assertThat(m.labels().get(p[0] > p[1] ? 0 : 1)).isEqualTo("the-thao");
    }

    @Test
    void wittenBellProbabilitiesOfEveryNextWordSumToOne() {
        NgramTopicModel counted = trained(new NgramSettings(3, 1, false, false));
        ClassLanguageModel disaster = counted.classModel(counted.labels().indexOf("thien-tai"));
        Vocabulary v = counted.vocabulary();
        int[] history = v.ids("", "gây sạt lở đất", false);

        for (int order = 1; order <= 3; order++) {
            double sum = 0;
            for (int w = 0; w < v.size(); w++) {
                int[] ids = java.util.Arrays.copyOf(history, history.length + 1);
                ids[history.length] = w;
                sum += Math.exp(disaster.logProbability(ids, order, v.size())
                        - disaster.logProbability(history, order, v.size()));
            }
            assertThat(sum).as("order %d", order).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aSavedModelScoresExactlyAsTheTrainedOne() throws IOException {
        NgramTopicModel m = trained(new NgramSettings(3, 1, true, true));
        Path file = dir.resolve("topic.lm.gz");

        m.save(file);
        NgramTopicModel loaded = NgramTopicModel.load(file);

        String title = "Lũ quét ở Mường Hum";
        String text = "Nước sông dâng cao, chính quyền xã sơ tán các hộ dân.";
        assertThat(loaded.labels()).isEqualTo(m.labels());
        assertThat(loaded.settings()).isEqualTo(m.settings());
        assertThat(loaded.scores(title, text)).containsExactly(m.scores(title, text));
    }

    @Test
    void pruningKeepsFewerEntries() {
        NgramTopicModel all = trained(new NgramSettings(3, 1, false, false));

        NgramTopicModel pruned = all.with(new NgramSettings(3, 2, false, false));

        assertThat(pruned.entries()).isLessThan(all.entries());
    }

    @Test
    void aModelCannotServeAHigherOrderThanItCounted() {
        NgramTopicModel bigrams = trained(new NgramSettings(2, 1, false, false));

        assertThatThrownBy(() -> bigrams.with(new NgramSettings(3, 1, false, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order=3");
    }

    @Test
    void aFileThatIsNotAnNgramModelIsRefusedByName() throws IOException {
        Path file = dir.resolve("topic.lm.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            new java.io.DataOutputStream(out).writeUTF("tinradar-linear 1");
        }

        assertThatThrownBy(() -> NgramTopicModel.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("tinradar-ngram-lm 1");
    }

    @Test
    void evidenceIsTheWordsTheChosenModelFindsLikelier() {
        NgramTopicModel m = trained(new NgramSettings(2, 1, false, false));

        List<String> evidence = m.topTerms("", "Sạt lở đất vùi lấp nhà dân sau trận bóng đá", m.labels().indexOf("thien-tai"), 3);

        assertThat(evidence).contains("sạt", "lở").doesNotContain("bóng");
    }
}
