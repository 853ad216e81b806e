package vn.tinradar.analyze.score.ngram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KneserNeyTopicModelTest {

    @TempDir
    Path dir;

    private static KneserNeyTopicModel trained(int order, int pruneFrom) {
        return new KneserNeyTrainer(new KneserNeySettings(order, pruneFrom, false)).train(TopicTexts.corpus(),
                "test corpus");
    }

    private static String chosen(KneserNeyTopicModel m, String title, String text) {
        double[] s = m.scores(title, text);
        return m.labels().get(s[0] > s[1] ? 0 : 1);
    }

    /** Sum over every word of the vocabulary of its probability after {@code history}. */
    private static double nextWordMass(KneserNeyTopicModel m, String label, String history) {
        KneserNeyLanguageModel lm = m.classModel(m.labels().indexOf(label));
        Vocabulary v = m.vocabulary();
        int[] before = v.ids("", history, false);
        int[] ids = Arrays.copyOf(before, before.length + 1);
        double sum = 0;
        for (int w = 0; w < v.size(); w++) {
            ids[before.length] = w;
            sum += lm.probability(ids, before.length, v.size());
        }
        return sum;
    }

    @Test
    void aLandslideReportGoesToTheDisasterModel() {
        KneserNeyTopicModel m = trained(3, 6);

        assertThat(chosen(m, "Sạt lở đất ở Bát Xát", "Mưa lớn gây sạt lở, các hộ dân được di dời khẩn cấp."))
                .isEqualTo(TopicTexts.DISASTER);
    }

    @Test
    void aFootballReportGoesToTheSportModel() {
        KneserNeyTopicModel m = trained(4, 6);

        assertThat(chosen(m, "Bóng đá", "Đội bóng đá của tỉnh vào chung kết giải bóng đá thanh niên."))
                .isEqualTo(TopicTexts.SPORT);
    }

    @Test
    void probabilitiesOfEveryNextWordSumToOneAtEveryOrder() {
        for (int order = 2; order <= 5; order++) {
            KneserNeyTopicModel m = trained(order, 6);

            // a history seen in training, one seen only in part, and one never seen
            assertThat(nextWordMass(m, TopicTexts.DISASTER, "kéo dài gây sạt lở")).as("order %d", order)
                    .isCloseTo(1.0, within(1e-9));
            assertThat(nextWordMass(m, TopicTexts.DISASTER, "đội bóng gây sạt")).as("order %d", order)
                    .isCloseTo(1.0, within(1e-9));
            assertThat(nextWordMass(m, TopicTexts.SPORT, "chưa từng thấy")).as("order %d", order)
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void probabilitiesStillSumToOneWhenSingletonsAreDropped() {
        KneserNeyTopicModel m = trained(4, 3);

        assertThat(nextWordMass(m, TopicTexts.DISASTER, "kéo dài gây sạt lở")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void droppingSingletonsKeepsFewerEntries() {
        assertThat(trained(4, 3).entries()).isLessThan(trained(4, 6).entries());
    }

    @Test
    void aSeenContinuationIsLikelierThanAnUnseenOne() {
        KneserNeyTopicModel m = trained(3, 6);
        KneserNeyLanguageModel disaster = m.classModel(m.labels().indexOf(TopicTexts.DISASTER));
        int[] seen = m.vocabulary().ids("", "gây sạt lở", false);
        int[] unseen = m.vocabulary().ids("", "gây sạt nhà", false);

        assertThat(disaster.probability(seen, seen.length - 1, m.vocabulary().size()))
                .isGreaterThan(disaster.probability(unseen, unseen.length - 1, m.vocabulary().size()));
    }

    @Test
    void discountsFollowChenAndGoodmansEstimate() {
        // Y = 100 / (100 + 2 * 40) = 5/9; D1 = 1 - 2Y(40/100), D2 = 2 - 3Y(20/40), D3+ = 3 - 4Y(10/20)
        KneserNeyDiscounts d = KneserNeyDiscounts.estimate(100, 40, 20, 10);

        assertThat(d.one()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(d.two()).isCloseTo(2 - 15.0 / 18, within(1e-12));
        assertThat(d.threeOrMore()).isCloseTo(3 - 10.0 / 9, within(1e-12));
    }

    @Test
    void aSavedModelScoresExactlyAsTheTrainedOne() throws IOException {
        KneserNeyTopicModel m = new KneserNeyTrainer(new KneserNeySettings(4, 4, true)).train(TopicTexts.corpus(),
                "test corpus");
        Path file = dir.resolve("topic.kn.gz");

        KneserNeyModelFile.save(m, file);
        KneserNeyTopicModel loaded = KneserNeyModelFile.load(file);

        String title = "Lũ quét ở Mường Hum";
        String text = "Nước sông dâng cao, chính quyền xã sơ tán các hộ dân.";
        assertThat(loaded.labels()).isEqualTo(m.labels());
        assertThat(loaded.settings()).isEqualTo(m.settings());
        assertThat(loaded.trainedOn()).isEqualTo("test corpus");
        assertThat(loaded.scores(title, text)).containsExactly(m.scores(title, text));
    }

    @Test
    void aFileThatIsNotAKneserNeyModelIsRefusedByName() throws IOException {
        Path file = dir.resolve("topic.kn.gz");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("tinradar-ngram-lm 1");
        }

        assertThatThrownBy(() -> KneserNeyModelFile.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("tinradar-kneser-ney 1");
    }

    @Test
    void aModelFileCutShortIsRefusedByName() throws IOException {
        Path whole = dir.resolve("whole.kn.gz");
        KneserNeyModelFile.save(trained(3, 6), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.kn.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(cut))) {
            byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
            out.write(plain, 0, plain.length / 2);
        }

        assertThatThrownBy(() -> KneserNeyModelFile.load(cut)).isInstanceOf(IOException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("cut short");
    }

    @Test
    void anOrderOutsideTwoToFiveIsRefused() {
        assertThatThrownBy(() -> new KneserNeySettings(6, 6, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 to 5 but was 6");
    }

    @Test
    void evidenceIsTheWordsTheChosenModelFindsLikelier() {
        KneserNeyTopicModel m = trained(3, 6);

        List<String> evidence = m.topTerms("", "Sạt lở đất vùi lấp nhà dân sau trận bóng đá",
                m.labels().indexOf(TopicTexts.DISASTER), 3);

        assertThat(evidence).contains("sạt", "lở").doesNotContain("bóng");
    }
}
