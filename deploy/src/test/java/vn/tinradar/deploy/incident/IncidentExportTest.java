package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The incident report as PDF and DOCX, opened again and read the way a reader's software would. */
class IncidentExportTest {

    private final IncidentReport report = IncidentReport.of(DamRumour.incident(),
            IncidentTimeline.of(DamRumour.incident(), List.of(), List.of(), DamRumour.requests(), false),
            DamRumour.requests(), DamRumour.at("2026-11-21T08:00"));

    @Test
    void thePdfCarriesTheResponseItsEffectTheTaskTheHandoverAndTheTimeline() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(IncidentPdf.render(report))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("Báo cáo sự cố: Tin giả vỡ đập thủy điện ở khu vực Bát Xát")
                    .contains("UBND tỉnh Lào Cai").contains("Chánh Văn phòng UBND tỉnh")
                    .contains("24 giờ trước: 3 bài, 100.0% tiêu cực; sau: 3 bài, 33.3% tiêu cực")
                    .contains("Vẫn lan truyền")
                    .contains("Đề nghị Công an tỉnh xác minh các trang đăng tin vỡ đập")
                    .contains("ca đêm theo dõi các trang còn chia sẻ clip")
                    .contains("Bác bỏ tin đồn vỡ đập thủy điện")
                    .contains("(sự cố chưa đóng)");
        }
    }

    @Test
    void bothFilesListTheResponseRequestsWithDeadlineStatusReminderAndAnswer() throws Exception {
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(IncidentPdf.render(report))) {
            // a narrow cell wraps a date after its slash: the extracted text then has a space there
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replace(" /", "/")
                    .replace("/ ", "/");
        }
        String docxText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(IncidentDocx.render(report)));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            docxText = words.getText();
        }

        for (String text : List.of(pdfText, docxText)) {
            assertThat(text).contains("Đề nghị phản hồi chính thức")
                    .contains("Sở Công Thương tỉnh Lào Cai").contains("đã phản hồi").contains("đã nhắc 17:20 19/11/2026")
                    .contains("Đập vận hành bình thường, không có vết nứt.")
                    .contains("Công an tỉnh Lào Cai").contains("quá hạn").contains("chưa nhắc");
        }
    }

    @Test
    void theDocxHasTheSamePartsAndBothCharts() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(IncidentDocx.render(report)));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();

            assertThat(text).contains("Báo cáo sự cố: Tin giả vỡ đập thủy điện ở khu vực Bát Xát")
                    .contains("UBND tỉnh Lào Cai").contains("Vẫn lan truyền")
                    .contains("Đề nghị Công an tỉnh xác minh các trang đăng tin vỡ đập")
                    .contains("Bác bỏ tin đồn vỡ đập thủy điện");
            assertThat(doc.getAllPictures()).hasSize(2);
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theCoverageChartMarksTheHourOfTheResponse() {
        Coverage c = Coverage.of(DamRumour.incident());

        assertThat(c.hourly()).isTrue();
        assertThat(c.buckets()).filteredOn(b -> !b.responses().isEmpty()).singleElement()
                .satisfies(b -> assertThat(b.start().getHour()).isEqualTo(20));
        assertThat(report.coverageChart()).isPresent();
        assertThat(report.toneChart()).isPresent();
    }
}
