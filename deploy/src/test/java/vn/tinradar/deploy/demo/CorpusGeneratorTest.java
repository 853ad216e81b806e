package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The bundled corpus must be exactly what the generator makes of the hand-written blocks. */
class CorpusGeneratorTest {

    @Test
    void bundledCorpusIsWhatTheGeneratorWritesFromTheBlocks() throws IOException {
        String generated = new CorpusGenerator().generateJsonl();
        if (Boolean.getBoolean("demo.regenerate")) {
            Files.writeString(CorpusGenerator.OUTPUT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CorpusGenerator.OUTPUT, StandardCharsets.UTF_8))
                .as("articles.jsonl is stale: rerun this test with -Ddemo.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void readsOffsetsInDaysHoursMinutesAndSeconds() {
        assertThat(CorpusGenerator.parseOffset("-3d2h04m", "t")).isEqualTo(-(3 * 86400 + 2 * 3600 + 4 * 60));
        assertThat(CorpusGenerator.parseOffset("+45s", "t")).isEqualTo(45);
    }

    @Test
    void rejectsABlockLineThatIsNeitherHeaderNorField() {
        assertThatThrownBy(() -> BlockFile.parse("kits.txt", "=== kit x\ntitle without colon"))
                .hasMessageContaining("kits.txt line 2");
    }
}
