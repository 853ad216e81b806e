package vn.tinradar.alerts.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.config.AlertsConfig;

class FeedbackDocxTest {

    private static final AlertsConfig.Policy LAND = new AlertsConfig.Policy("bang-gia-dat-2026",
            "Dự thảo Quy định bồi thường, hỗ trợ khi Nhà nước thu hồi đất", List.of("bồi thường", "thu hồi đất"),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 15));

    private static XWPFDocument opened() throws Exception {
        CompiledFeedback f = FeedbackCompiler.compile(LAND, List.of(
                new FeedbackSource("a1", "Người dân Bảo Yên phản đối mức bồi thường theo dự thảo",
                        "Nhiều hộ cho rằng mức bồi thường đất nông nghiệp còn thấp, gây thiệt thòi.", "Báo Lào Cai",
                        "https://baolaocai.vn/a1", null),
                new FeedbackSource("a2", "", "Cử tri đồng tình với việc công khai dự thảo thu hồi đất trên cổng"
                        + " thông tin tỉnh.", "Lào Cai TV", "https://laocaitv.vn/a2", null)));
        return new XWPFDocument(new ByteArrayInputStream(FeedbackDocx.write(f)));
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void opensWithTheTitleThePolicyAndItsWindow() throws Exception {
        try (XWPFDocument doc = opened()) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(FeedbackDocx.TITLE);
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo(LAND.name());
            assertThat(text(doc)).contains("Thời gian lấy ý kiến: 01/11/2026 – 15/12/2026");
        }
    }

    @Test
    void countsTableHasOneRowPerStance() throws Exception {
        try (XWPFDocument doc = opened()) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(Stance.FOR.label());
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("1");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("2");
        }
    }

    @Test
    void everySentenceIsQuotedWithItsSourceAndLink() throws Exception {
        try (XWPFDocument doc = opened()) {
            assertThat(text(doc))
                    .contains("– Nhiều hộ cho rằng mức bồi thường đất nông nghiệp còn thấp, gây thiệt thòi. "
                            + "(Báo Lào Cai, https://baolaocai.vn/a1; từ ngữ: thiệt thòi)")
                    .contains("(Lào Cai TV, https://laocaitv.vn/a2; từ ngữ: đồng tình)");
        }
    }

    @Test
    void stanceWithoutSentencesSaysSo() throws Exception {
        try (XWPFDocument doc = opened()) {
            assertThat(text(doc)).contains("III. " + Stance.QUESTION.label() + " (0 câu)\nKhông có ý kiến.");
        }
    }
}
