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

    @Test
    void aBoxNamedLikeAPrintButtonIsKeptWhenItHoldsTheHeadline() {
        // the form's text is smaller than the story but large enough that "print" alone would have cut the story
        String form = "<div class=\"gop-y\"><p>Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu, ghi rõ họ tên và địa chỉ thư điện tử của bạn.</p></div>";
        var body = Jsoup.parse("<div id=\"print-news\"><h1 " + HeadlineElement.MARK + ">Sạt lở ở Bát Xát</h1>"
                + "<div class=\"article-content\">" + STORY + "</div></div>" + form).body();

        assertThat(MainText.paragraphs(body, false)).first().asString().startsWith("Sáng 22/11, mưa lớn");
    }
}
