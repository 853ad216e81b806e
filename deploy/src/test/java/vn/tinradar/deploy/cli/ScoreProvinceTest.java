package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --province}: the places and the relevance follow the province asked for. */
class ScoreProvinceTest {

    private static final String ARTICLE = "{\"id\":\"a1\",\"title\":\"Nông dân huyện Kim Bảng, tỉnh Hà Nam thu hoạch"
            + " lúa xuân\",\"text\":\"Vụ xuân năm nay năng suất đạt 65 tạ/ha.\"}\n";

    @TempDir
    Path dir;

    @Test
    void scoresThePlacesOfTheProvinceGivenOnTheCommandLine() throws IOException {
        Path out = score("--province", "Ninh Bình");

        String line = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(line).contains("\"relevant\":true").contains("\"level\":\"former-district\"")
                .contains("\"level\":\"former-province\"").contains("\"name\":\"Tỉnh Ninh Bình\"");
    }

    @Test
    void anotherProvinceFindsNoneOfThem() throws IOException {
        Path out = score("--province", "Lào Cai");

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"relevant\":false")
                .contains("\"places\":[]");
    }

    @Test
    void takesTheProvinceFromTheConfigWhenNotGiven() throws IOException {
        Path config = Files.writeString(dir.resolve("tinradar.yaml"), "province: \"tỉnh Ninh Bình\"\n");

        Path out = score("--config", config.toString());

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"relevant\":true");
    }

    @Test
    void refusesANameThatIsNotOneOfTheThirtyFour() throws IOException {
        assertThat(Commands.execute("score", "--input", input().toString(), "--output",
                dir.resolve("never.jsonl").toString(), "--province", "Hà Nam")).isEqualTo(1);
        assertThat(dir.resolve("never.jsonl")).doesNotExist();
    }

    private Path score(String... extra) throws IOException {
        Path out = dir.resolve("out.jsonl");
        String[] args = new String[4 + extra.length + 1];
        args[0] = "score";
        args[1] = "--input";
        args[2] = input().toString();
        args[3] = "--output";
        args[4] = out.toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        assertThat(Commands.execute(args)).isZero();
        return out;
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("in.jsonl"), ARTICLE, StandardCharsets.UTF_8);
    }
}
