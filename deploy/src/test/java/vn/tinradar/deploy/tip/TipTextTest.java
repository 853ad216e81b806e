package vn.tinradar.deploy.tip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pasted message has no markup: its first line reads as the headline, the next paragraph as the lead. */
class TipTextTest {

    @Test
    void theFirstLineIsTheHeadlineAndTheSecondTheLead() {
        TipText t = TipText.of("Khẩn: đập thủy điện ở Bát Xát sắp vỡ\n\nBà con dọc suối sơ tán ngay trong đêm.\nChia sẻ ngay!");

        assertThat(t.title()).isEqualTo("Khẩn: đập thủy điện ở Bát Xát sắp vỡ");
        assertThat(t.lead()).isEqualTo("Bà con dọc suối sơ tán ngay trong đêm.");
        assertThat(t.body()).startsWith("Khẩn:").endsWith("Chia sẻ ngay!");
    }

    @Test
    void oneLongLineIsCutAtItsFirstSentence() {
        String first = "Người dân xã Y Tý phản ánh đường liên thôn bị sạt lở nặng sau trận mưa đêm qua.";
        String rest = "Xe máy không qua được, học sinh phải lội bùn đến trường, chính quyền xã chưa có phương án khắc "
                + "phục. Nhiều hộ đang lo lắng vì mưa còn kéo dài trong những ngày tới theo dự báo của đài khí tượng "
                + "tỉnh Lào Cai. Đề nghị cơ quan chức năng sớm vào cuộc.";
        TipText t = TipText.of(first + " " + rest);

        assertThat(t.title()).isEqualTo(first);
        assertThat(t.lead()).isEqualTo(rest);
    }

    @Test
    void aFirstSentenceTooLongForAHeadlineIsCutBetweenWords() {
        String line = "Sạt lở đường liên thôn ".repeat(20) + "xã Y Tý.";
        TipText t = TipText.of(line);

        assertThat(t.title()).hasSizeLessThanOrEqualTo(TipText.MAX_TITLE_CHARS);
        assertThat(line).startsWith(t.title() + " ");
    }
}
