package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ParagraphBreaksTest {

    @Test
    void splitsAForumPostAtDoubleLineBreaks() {
        String post = "Đường lên Y Tý đã thông xe.<br>\n<br />Xe khách chạy lại từ sáng nay.<BR/> <br>Bà con yên tâm.";

        assertThat(ParagraphBreaks.split(post)).containsExactly("Đường lên Y Tý đã thông xe.",
                "Xe khách chạy lại từ sáng nay.", "Bà con yên tâm.");
    }

    @Test
    void keepsASingleLineBreakInsideTheParagraph() {
        assertThat(ParagraphBreaks.split("Câu thứ nhất.<br>Câu thứ hai.")).containsExactly("Câu thứ nhất.<br>Câu thứ hai.");
    }

    /** Issue 13: the old pattern took 3.6 s on 20,000 spaces; 100,000 would take over a minute. */
    @Test
    void aBlockOfHundredThousandSpacesSplitsUnderTwoSeconds() {
        String hostile = " ".repeat(100_000) + "x" + "<br> ".repeat(10_000) + "<brx>";

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(ParagraphBreaks.split(hostile)).hasSize(2));
    }
}
