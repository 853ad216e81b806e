package vn.tinradar.alerts.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAtFullStopBeforeCapital() {
        assertEquals(List.of("Dự thảo được công bố hôm qua.", "Người dân góp ý đến hết tháng 12."),
                SentenceSplitter.split("Dự thảo được công bố hôm qua. Người dân góp ý đến hết tháng 12."));
    }

    @Test
    void keepsAbbreviationsAndNumbersInsideOneSentence() {
        assertEquals(1, SentenceSplitter.split("Giá đất tại TP.HCM tăng 1.500 đồng mỗi m2 theo Bộ GD-ĐT. cho biết")
                .size());
    }

    @Test
    void splitsBeforeAnOpeningQuote() {
        assertEquals(List.of("Ông Hùng nói:", "\"Mức này chưa thỏa đáng.\"", "Bà Lan đồng tình."),
                SentenceSplitter.split("Ông Hùng nói:\n\"Mức này chưa thỏa đáng.\" Bà Lan đồng tình."));
    }

    @Test
    void lineBreakEndsASentence() {
        assertEquals(2, SentenceSplitter.split("Ảnh: Báo Lào Cai\nDự thảo nêu rõ mức hỗ trợ").size());
    }

    @Test
    void academicTitleDoesNotEndTheSentence() {
        assertEquals(List.of("Theo TS. Nguyễn Văn Hùng, mức bồi thường trong dự thảo còn thấp.", "Ông đề nghị tăng."),
                SentenceSplitter.split(
                        "Theo TS. Nguyễn Văn Hùng, mức bồi thường trong dự thảo còn thấp. Ông đề nghị tăng."));
    }

    @Test
    void joinedAndDottedTitlesDoNotEndTheSentence() {
        assertEquals(1, SentenceSplitter.split("PGS.TS. Trần Thị Lan và Th.S Lê Minh cùng ThS. Phạm An góp ý.").size());
        assertEquals(1, SentenceSplitter.split("GS. Hoàng Tụy, BS. Lò Văn Pả và KS. Vàng A Sình dự họp.").size());
    }

    @Test
    void addressAbbreviationsDoNotEndTheSentence() {
        assertEquals(1, SentenceSplitter.split("Hộ dân ở P. Cốc Lếu, TP. Lào Cai và Q. Ba Đình đã gửi ý kiến.").size());
    }

    @Test
    void fullStopAfterAnOrdinaryWordStillEndsTheSentence() {
        assertEquals(List.of("Người dân ở xã Bản Lầu góp ý.", "TS. Hùng đồng tình."),
                SentenceSplitter.split("Người dân ở xã Bản Lầu góp ý. TS. Hùng đồng tình."));
    }

    @Test
    void singleLettersThatOftenEndASentenceStillEndIt() {
        assertEquals(2, SentenceSplitter.split("Ông Hùng đăng ý kiến trên mạng xã hội X. Nhiều người đồng tình.")
                .size());
    }
}
