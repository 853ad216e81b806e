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
}
