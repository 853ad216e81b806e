package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.pipeline.trends.TrendKeys;
import vn.tinradar.common.forecast.SeasonalForecaster;

class ForecastToolTest {

    private final ForecastTool tool = new ForecastTool(null, new TrendKeys(0.3), new SeasonalForecaster());

    @Test
    void theSectionIsTheFirstPathSegmentOfTheAddress() {
        assertThat(ForecastTool.section("https://dantri.com.vn/suc-khoe/tram-y-te-dung-kham-20251221105652875.htm"))
                .isEqualTo("suc-khoe");
        assertThat(ForecastTool.section("https://baolaocai.vn/sat-lo-o-muong-hum-post412345.html"))
                .isEqualTo("(no section)");
        assertThat(ForecastTool.section(null)).isEqualTo("(no address)");
    }

    @Test
    void threeWeeksOfTwoSectionsGiveAForecastForEach() throws Exception {
        StringBuilder lines = new StringBuilder();
        LocalDate day = LocalDate.of(2026, 11, 2);
        for (int d = 0; d < 21; d++, day = day.plusDays(1)) {
            for (int i = 0; i < 4; i++) {
                lines.append(line("sk-" + d + "-" + i, "suc-khoe", day));
                lines.append(line("gd-" + d + "-" + i, "giao-duc", day));
            }
        }
        String out = run(lines.toString(), new ForecastTool.Options(ForecastTool.By.SECTION, 3, false, false, 30));

        assertThat(out).contains("168 articles from 2026-11-02 to 2026-11-22 (21 days), 2 series by section");
        assertThat(out).containsPattern("giao-duc +2026-11-23\\.\\.2026-11-25 +12\\.0");
        assertThat(out).containsPattern("suc-khoe +2026-11-23\\.\\.2026-11-25 +12\\.0");
    }

    @Test
    void aLineWithoutADateIsRejectedAndTheRestCounted() throws Exception {
        String lines = line("a1", "thoi-su", LocalDate.of(2026, 11, 2))
                + "{\"id\":\"a2\",\"title\":\"Mưa lớn gây ngập ở phường Cốc Lếu\",\"url\":\"https://x.vn/thoi-su/a2\"}\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int rc = tool.run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new ForecastTool.Options(ForecastTool.By.ALL, 1, false, false, 1));

        assertThat(rc).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("1 articles", "1 lines rejected",
                "not enough history");
    }

    @Test
    void aBacktestPrintsEverySeriesAndThePooledLine() throws Exception {
        StringBuilder lines = new StringBuilder();
        LocalDate day = LocalDate.of(2026, 11, 2);
        for (int d = 0; d < 28; d++, day = day.plusDays(1)) {
            for (int i = 0; i < 3 + d % 3; i++) {
                lines.append(line("tt-" + d + "-" + i, "thoi-su", day));
            }
        }
        String out = run(lines.toString(), new ForecastTool.Options(ForecastTool.By.SECTION, 1, true, false, 30));

        assertThat(out).contains("back-test").containsPattern("thoi-su +\\d+ +14 ")
                .containsPattern("\\(all series pooled\\) +\\d+ +14 ");
    }

    private String run(String lines, ForecastTool.Options options) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = tool.run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), options);
        assertThat(rc).isEqualTo(ExitCode.DONE);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String line(String id, String section, LocalDate day) {
        return "{\"id\":\"" + id + "\",\"title\":\"Tin " + section + " ngày " + day + "\",\"url\":\"https://tinh.vn/"
                + section + "/" + id + ".htm\",\"published\":\"" + day + " 09:30:00\"}\n";
    }
}
