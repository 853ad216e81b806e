package vn.tinradar.analyze.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.score.topic.KeywordTopicScorer;
import vn.tinradar.analyze.score.topic.TopicTaxonomy;
import vn.tinradar.analyze.training.Trainer;

/**
 * The default topic model shipped in the jar is trained by {@code train} on the project-written seed set
 * ({@code src/test/resources/score/topic-seed.jsonl}); these tests keep the two in step.
 */
class BundledModelsTest {

    @TempDir
    Path dir;

    @Test
    void bundledTopicModelIsWhatTrainingOnTheSeedSetGives() throws Exception {
        Path seed = dir.resolve("topic-seed.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/score/topic-seed.jsonl")) {
            Files.copy(in, seed);
        }

        int rc = Trainer.run("topic", seed, dir);

        assertThat(rc).isZero();
        assertThat(unzip(Files.newInputStream(dir.resolve("topic.model.gz"))))
                .isEqualTo(unzip(getClass().getResourceAsStream("/score/models/topic.model.gz")));
    }

    @Test
    void bundledTopicModelSpeaksTheTaxonomysLabels() throws Exception {
        String header = unzip(getClass().getResourceAsStream("/score/models/topic.model.gz")).lines()
                .filter(l -> l.startsWith("labels ")).findFirst().orElseThrow();

        assertThat(header.substring(7).split("\\|"))
                .containsExactlyInAnyOrderElementsOf(TopicTaxonomy.loadDefault().topics().keySet());
    }

    @Test
    void defaultScorerAddsTheBundledModelsLabelWhereNoRuleFires() {
        String title = "Giải cứu phụ nữ bị lừa bán sang biên giới";
        String lead = "Lực lượng biên phòng phối hợp triệt phá đường dây mua bán người.";

        var fromRules = new KeywordTopicScorer(TopicTaxonomy.loadDefault()).score(title, lead);
        var fromDefault = DefaultArticleScorer.load(null).score(Articles.provincial(title, lead)).topics();

        assertThat(fromRules).isEmpty();
        assertThat(fromDefault).filteredOn(t -> t.label().equals("an-ninh-trat-tu")).singleElement()
                .satisfies(t -> assertThat(t.evidence()).contains("đường dây"));
    }

    private static String unzip(InputStream in) throws IOException {
        try (InputStream z = new GZIPInputStream(in)) {
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
