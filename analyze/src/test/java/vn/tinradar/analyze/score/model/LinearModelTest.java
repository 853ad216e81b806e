package vn.tinradar.analyze.score.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.training.LinearTrainer;

class LinearModelTest {

    @TempDir
    Path dir;

    @Test
    void savedModelLoadsWithTheSameFeaturesAndScores() throws IOException {
        FeatureSpec spec = new FeatureSpec(2, 2, 4, true, true);
        LinearModel m = new LinearTrainer(new LinearTrainer.Settings(spec, 18, 4, true, false, true, 2, true, true,
                false, List.of())).train("sentiment", StudentFeedback.examples(), "feedback");
        Path file = dir.resolve("sentiment.model.gz");

        LinearModelFile.save(m, file);
        LinearModel loaded = LinearModelFile.load(file);

        assertThat(loaded.features().spec()).isEqualTo(spec);
        assertThat(loaded.probabilities(null, "cô giảng không dễ hiểu", null))
                .containsExactly(m.probabilities(null, "cô giảng không dễ hiểu", null));
    }

    @Test
    void modelWithoutAFeaturesLineReadsSyllableBigrams() throws IOException {
        String legacy = "tinradar-linear 1\ntask topic\nlabels giao-thong|thien-tai\nhash-bits 10\nbias 0.5\n"
                + "trained-on seed\nweights\n5 1.25\n";

        LinearModel m = LinearModelFile.load(new ByteArrayInputStream(gzip(legacy)), "topic.model.gz");

        assertThat(m.features().spec()).isEqualTo(FeatureSpec.SYLLABLE_BIGRAMS);
        assertThat(m.labels()).containsExactly("giao-thong", "thien-tai");
    }

    @Test
    void malformedFeaturesLineNamesTheFileAndLine() throws IOException {
        String bad = "tinradar-linear 1\ntask topic\nlabels a|b\nhash-bits 10\nfeatures words=9\nbias 0.5\n"
                + "trained-on seed\nweights\n";

        assertThatThrownBy(() -> LinearModelFile.load(new ByteArrayInputStream(gzip(bad)), "topic.model.gz"))
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
                true, 1, false, false, false, List.of())).train("sentiment", StudentFeedback.examples(), "feedback");
        Path file = dir.resolve("m.model.gz");

        LinearModelFile.save(m, file);

        assertThat(Files.size(file)).isLessThan(20_000);
    }
}
