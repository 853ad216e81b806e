package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolCommandsTest {

    @TempDir
    Path dir;

    @Test
    void evaluateWithATrainingFileButNoTestFileIsRefused() {
        int rc = Commands.execute("evaluate", "--task", "topic", "--train", dir.resolve("a.jsonl").toString());

        assertThat(rc).isEqualTo(1);
    }

    @Test
    void splitWritesTrainDevAndTestPartsOfALabelledFile() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("{\"id\":\"" + i + "\",\"title\":\"Sạt lở ở Mường Hum, bản tin " + i + "\",\"text\":\"\","
                    + "\"label\":\"" + (i % 2 == 0 ? "thien-tai" : "giao-thong") + "\"}");
        }
        Path input = dir.resolve("tin.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);

        int rc = Commands.execute("split", "--input", input.toString(), "--output-dir", dir.resolve("parts").toString());

        assertThat(rc).isZero();
        assertThat(Files.readAllLines(dir.resolve("parts/tin.train.jsonl"))).hasSize(16);
        assertThat(Files.readAllLines(dir.resolve("parts/tin.dev.jsonl"))).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("parts/tin.test.jsonl"))).hasSize(2);
    }
}
