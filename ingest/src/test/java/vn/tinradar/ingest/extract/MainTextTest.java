package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {

    private static final String STORY = "<p>Sáng 22/11, mưa lớn kéo dài gây sạt lở đất tại xã Bát Xát, 12 hộ dân phải di dời.</p>"
            + "<p>Chính quyền địa phương đã bố trí nơi ở tạm cho các hộ dân bị ảnh hưởng.</p>";

    @Test
    void dropsTheReportersNameOnTheLastLine() {
        var body = Jsoup.parse("<div>" + STORY + "<p>Minh Hiếu</p></div>").body();

        assertThat(MainText.paragraphs(body, true)).hasSize(2);
    }

    /** Issue 13: the byline pattern backtracked cubically; 400 capitals as the last paragraph took 41 s. */
    @Test
    void aLastParagraphOfCapitalsIsKeptWithoutBacktracking() {
        var body = Jsoup.parse("<div>" + STORY + "<p>" + "Ạ".repeat(5_000) + "!</p></div>").body();

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThat(MainText.paragraphs(body, true)).hasSize(3));
    }
}
