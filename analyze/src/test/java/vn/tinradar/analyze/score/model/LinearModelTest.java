package vn.tinradar.analyze.score.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {

    @TempDir
    Path dir;

    static List<LabeledText> feedback() {
        String[] good = {"thầy giảng bài rất dễ hiểu", "cô nhiệt tình và vui tính", "bài giảng hay , sinh động",
            "giảng viên tận tâm với sinh viên", "slide đầy đủ , rõ ràng", "thầy hướng dẫn bài tập chu đáo"};
        String[] bad = {"thầy giảng bài không dễ hiểu", "cô không nhiệt tình", "bài giảng chưa hay , khó theo",
            "giảng viên hay đến lớp trễ", "phòng học nóng , máy chiếu mờ", "thầy dạy quá nhanh , không kịp ghi"};
        String[] plain = {"môn học có đồ án", "điểm danh"};
        List<LabeledText> out = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < good.length; i++) {
                out.add(new LabeledText("p" + round + i, null, good[i] + " " + round, null, "positive"));
                out.add(new LabeledText("n" + round + i, null, bad[i] + " " + round, null, "negative"));
            }
            for (int i = 0; i < plain.length; i++) {
                out.add(new LabeledText("u" + round + i, null, plain[i] + " " + round, null, "neutral"));
            }
        }
        return out;
    }

    @Test
    void savedModelLoadsWithTheSameFeaturesAndScores() throws IOException {
        FeatureSpec spec = new FeatureSpec(2, 2, 4, true, true);
        LinearModel m = new LinearTrainer(new LinearTrainer.Settings(spec, 18, 4, true, false, true, 2, true, true,
                false, List.of())).train("sentiment", feedback(), "feedback");
        Path file = dir.resolve("sentiment.model.gz");

        m.save(file);
        LinearModel loaded = LinearModel.load(file);

        assertThat(loaded.features().spec()).isEqualTo(spec);
        assertThat(loaded.probabilities(null, "cô giảng không dễ hiểu", null))
                .containsExactly(m.probabilities(null, "cô giảng không dễ hiểu", null));
    }

    @Test
    void modelWithoutAFeaturesLineReadsSyllableBigrams() throws IOException {
        String legacy = "tinradar-linear 1\ntask topic\nlabels giao-thong|thien-tai\nhash-bits 10\nbias 0.5\n"
                + "trained-on seed\nweights\n5 1.25\n";

        LinearModel m = LinearModel.load(new ByteArrayInputStream(gzip(legacy)), "topic.model.gz");

        assertThat(m.features().spec()).isEqualTo(FeatureSpec.SYLLABLE_BIGRAMS);
        assertThat(m.labels()).containsExactly("giao-thong", "thien-tai");
    }

    @Test
    void malformedFeaturesLineNamesTheFileAndLine() throws IOException {
        String bad = "tinradar-linear 1\ntask topic\nlabels a|b\nhash-bits 10\nfeatures words=9\nbias 0.5\n"
                + "trained-on seed\nweights\n";

        assertThatThrownBy(() -> LinearModel.load(new ByteArrayInputStream(gzip(bad)), "topic.model.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("topic.model.gz line 5");
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return buf.toByteArray();
    }

    @Test
    void modelFileHoldsOnlyTheFeaturesTrainingSaw() throws IOException {
        LinearModel m = new LinearTrainer(new LinearTrainer.Settings(FeatureSpec.SYLLABLE_BIGRAMS, 16, 4, true, false,
                true, 1, false, false, false, List.of())).train("sentiment", feedback(), "feedback");
        Path file = dir.resolve("m.model.gz");

        m.save(file);

        assertThat(Files.size(file)).isLessThan(20_000);
    }
}
