package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;

/** The CSV export as Excel opens it: UTF-8 with a byte-order mark, Vietnamese intact, every field quoted. */
class SearchExportTest {

    private static final SearchResult.Hit HIT = new SearchResult.Hit("a1b2", "Sạt lở đất ở xã Bảo Yên, \"khẩn cấp\"",
            "https://baolaocai.vn/sat-lo", "Báo Lào Cai", "baolaocai", SourceTier.PROVINCIAL_PRESS,
            OffsetDateTime.parse("2026-11-20T07:30:00+07:00"),
            "Mưa lớn gây <mark>s&#7841;t</mark> <mark>l&#7903;</mark> &amp; ngập úng", 3.25f,
            List.of(new TopicScore("thien-tai", 0.92, List.of("sạt lở"))),
            List.of(new PlaceTag("02947", "Xã Bảo Yên", "commune", "thị trấn Phố Ràng")),
            new Sentiment("negative", -0.6, List.of("thiệt hại")),
            new Suspicion(0.12, List.of(new Signal("no-attribution", 0.8, "không nêu nguồn"))), "s-1", null);

    private static String csv() {
        byte[] bytes = SearchExport.csv(new SearchResult(1, 0, 5000, List.of(HIT), Map.of(), List.of(), List.of()));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheByteOrderMarkAndAHeaderLine() {
        assertThat(csv().lines().findFirst().orElseThrow()).startsWith("\"id\",\"tieu_de\",\"dia_chi\"");
    }

    @Test
    void writesVietnameseTextQuotedWithQuotesDoubled() {
        String line = csv().lines().skip(1).findFirst().orElseThrow();

        assertThat(line).contains("\"Sạt lở đất ở xã Bảo Yên, \"\"khẩn cấp\"\"\"", "\"20/11/2026 07:30\"",
                "\"thien-tai (0.920)\"", "\"Xã Bảo Yên (bài ghi: thị trấn Phố Ràng)\"", "\"-0.600\"");
    }

    @Test
    void snippetBecomesPlainTextWithoutMarks() {
        assertThat(csv()).contains("\"Mưa lớn gây sạt lở & ngập úng\"").doesNotContain("<mark>");
    }
}
