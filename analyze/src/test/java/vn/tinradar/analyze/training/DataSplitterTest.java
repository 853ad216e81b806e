package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSplitterTest {

    @TempDir
    Path dir;

    /** 50 flood reports and 30 market reports, gzipped as the VNTC file is, plus one line without a label. */
    private Path corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add("{\"id\":\"lu-" + i + "\",\"title\":\"Lũ quét ở xã Y Tý, đợt " + i + "\",\"text\":\"\",\"label\":\"thien-tai\"}");
        }
        for (int i = 0; i < 30; i++) {
            lines.add("{\"id\":\"cho-" + i + "\",\"title\":\"Giá chè búp tươi phiên " + i + "\",\"text\":\"\",\"label\":\"kinh-te\"}");
        }
        lines.add(41, "{\"id\":\"x\",\"title\":\"Tin chưa phân loại\",\"text\":\"\"}");
        Path file = dir.resolve("press.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void eachLabelIsDealtInTheGivenShares() throws IOException {
        DataSplitter.Result r = new DataSplitter(0.1, 0.2, 42).split(corpus(), dir.resolve("out"));

        assertThat(r.lines()).containsEntry("train", 56).containsEntry("dev", 8).containsEntry("test", 16);
        assertThat(Files.readAllLines(dir.resolve("out/press.test.jsonl")))
                .filteredOn(l -> l.contains("thien-tai")).hasSize(10);
    }

    @Test
    void theSameSeedDealsTheSameParts() throws IOException {
        Path input = corpus();
        new DataSplitter(0.1, 0.1, 42).split(input, dir.resolve("a"));
        new DataSplitter(0.1, 0.1, 42).split(input, dir.resolve("b"));

        assertThat(Files.readAllLines(dir.resolve("a/press.dev.jsonl")))
                .isEqualTo(Files.readAllLines(dir.resolve("b/press.dev.jsonl")));
    }

    @Test
    void noLineIsInTwoParts() throws IOException {
        new DataSplitter(0.1, 0.1, 7).split(corpus(), dir.resolve("out"));

        List<String> all = new ArrayList<>();
        for (String part : DataSplitter.PARTS) {
            all.addAll(Files.readAllLines(dir.resolve("out/press." + part + ".jsonl")));
        }
        assertThat(all).hasSize(80).doesNotHaveDuplicates();
    }

    @Test
    void aLineWithoutLabelIsRejectedAndCounted() throws IOException {
        DataSplitter.Result r = new DataSplitter(0.1, 0.1, 42).split(corpus(), dir.resolve("out"));

        assertThat(r.rejected()).isEqualTo(1);
    }

    @Test
    void sharesLeavingNothingToTrainOnAreRefused() {
        assertThatThrownBy(() -> new DataSplitter(0.5, 0.5, 42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.5");
    }
}
