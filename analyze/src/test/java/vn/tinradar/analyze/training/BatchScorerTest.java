package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.Json;

class BatchScorerTest {

    private static final String INPUT = String.join("\n",
            "{\"id\":\"bl-1\",\"title\":\"Sạt lở đất ở xã Bảo Hà, 2 hộ dân phải di dời khẩn cấp\","
                    + "\"text\":\"Theo UBND xã Bảo Hà, mưa lớn gây sạt lở taluy dương, vùi lấp một phần nhà dân.\","
                    + "\"source\":\"baolaocai\",\"tier\":\"provincial-press\",\"published\":\"2026-11-20T08:00:00+07:00\"}",
            "{\"id\":\"broken\", \"title\": ",
            "",
            "{\"id\":\"fb-9\",\"title\":\"\",\"text\":\"NÓNG!!! Chia sẻ ngay: đập thủy điện ở Văn Bàn sắp vỡ, dân chạy hết rồi\","
                    + "\"source\":\"facebook\",\"engagement\":{\"like\":120,\"comment\":\"unknown\",\"share\":300}}",
            "{\"id\":\"bad-date\",\"title\":\"Tin\",\"text\":\"Nội dung\",\"published\":\"20/11/2026\"}");

    @Test
    void writesOneLinePerInputLineAndNamesTheBadLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rc = BatchScorer.run(new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)), out, null);

        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(Json.mapper().readTree(l));
        }
        assertThat(rc).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("bl-1");
        assertThat(lines.get(0).get("relevant").asBoolean()).isTrue();
        assertThat(lines.get(0).get("places").get(0).get("name").asText()).isEqualTo("Xã Bảo Hà");
        assertThat(lines.get(0).get("topics").get(0).get("label").asText()).isEqualTo("thien-tai");
        assertThat(lines.get(0).get("sentiment").get("label").asText()).isEqualTo("negative");
        assertThat(lines.get(1).get("error").asText()).startsWith("line 2:");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("fb-9");
        assertThat(lines.get(2).get("suspicion").get("score").asDouble()).isGreaterThan(0.7);
        assertThat(lines.get(2).get("suspicion").get("signals").findValuesAsText("name")).contains("source-tier");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("bad-date");
        assertThat(lines.get(3).get("error").asText()).startsWith("line 5:").contains("published");
    }

    @Test
    void scoresAnArticleWhoseDateHasNoOffset() throws Exception {
        String in = "{\"id\":\"vnx-1\",\"title\":\"Hà Nội mưa lớn, nhiều tuyến phố ngập sâu\",\"text\":\"Nước dâng cao sau"
                + " trận mưa chiều qua.\",\"published\":\"2018-08-20 00:00:00\"}\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rc = BatchScorer.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out, null);

        assertThat(rc).isEqualTo(ExitCode.DONE);
        assertThat(Json.mapper().readTree(out.toString(StandardCharsets.UTF_8)).has("sentiment")).isTrue();
    }

    @Test
    void saysNothingWasScoredWhenEveryLineIsRejected() {
        String in = "{\"id\":\"a\",\"title\":\"Tin\",\"text\":\"x\",\"published\":\"20/11/2026\"}\n{\"id\": \n";

        int rc = BatchScorer.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                null);

        assertThat(rc).isEqualTo(ExitCode.NOTHING_USABLE);
    }

    @Test
    void reportsMissingModelsDirectoryAsUnusable() {
        int rc = BatchScorer.run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                java.nio.file.Path.of("/nonexistent/models"));

        assertThat(rc).isEqualTo(2);
    }
}
