package vn.tinradar.alerts.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.report.ReportBuilder;
import vn.tinradar.alerts.report.ReportDocument;
import vn.tinradar.alerts.report.WeeklyReport;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/** The annual report's DOCX, opened again with POI and read part by part as Word would show it. */
class ReportDocxTest {

    private static final Province LAO_CAI = Provinces.byName("Lào Cai");
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 6);
    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2027, 1, 1);

    /** A year of the provincial press: landslides in the rainy months, tourism news all year. */
    private static List<ScoredArticle> yearOfPress() {
        List<ScoredArticle> all = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            boolean rainy = month >= 6 && month <= 9;
            for (int i = 0; i < (rainy ? 5 : 2); i++) {
                all.add(article("sl-" + month + "-" + i, "Sạt lở taluy dương trên Quốc lộ 4D, xã Bát Xát chia cắt",
                        "Báo Lào Cai", LocalDate.of(2026, month, 3 + i), "thien-tai", Sentiment.NEGATIVE, "xa-bat-xat"));
            }
            all.add(article("dl-" + month, "Sa Pa đón hơn 300 nghìn lượt khách trong tháng", "Đài PT-TH Lào Cai",
                    LocalDate.of(2026, month, 20), "du-lich", Sentiment.POSITIVE, "phuong-sa-pa"));
        }
        all.add(article("dl-2025", "Sa Pa đón khách dịp Tết Dương lịch 2025", "Báo Lào Cai",
                LocalDate.of(2025, 1, 2), "du-lich", Sentiment.POSITIVE, "phuong-sa-pa"));
        return all;
    }

    private static ScoredArticle article(String id, String title, String source, LocalDate day, String topic,
                                         String tone, String place) {
        int minutes = (int) java.time.Duration.between(Fixtures.T0,
                day.atTime(8, 0).toInstant(ZoneOffset.ofHours(7))).toMinutes();
        ScoredArticle s = Fixtures.scored(Fixtures.ref(id, title, source, SourceTier.PROVINCIAL_PRESS, minutes),
                "story-" + id);
        return new ScoredArticle(s.v(), s.article(), true, List.of(new PlaceTag(place, place.equals("xa-bat-xat")
                ? "Xã Bát Xát" : "Phường Sa Pa", "commune", null)), List.of(new TopicScore(topic, 0.9, List.of())),
                new Sentiment(tone, tone.equals(Sentiment.NEGATIVE) ? -0.6 : 0.6, List.of()), null, s.storyId(),
                null, s.scoredAt());
    }

    private static XWPFDocument docx(LocalDate from, LocalDate to, List<ScoredArticle> articles) throws IOException {
        WeeklyReport figures = new ReportBuilder(Map.of("thien-tai", "Thiên tai", "du-lich", "Du lịch"), List.of())
                .build(from, to, articles, List.of());
        DocumentIssuer issuer = DocumentIssuer.of(AlertsConfig.defaults().report().issuer(), LAO_CAI);
        byte[] bytes = new ReportDocument(figures, LAO_CAI, issuer, ISSUED).docx();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFDocument annual;

    /** Laid out once for the class: drawing the charts is the slow part. */
    private static synchronized XWPFDocument annualReport() throws IOException {
        if (annual == null) {
            annual = docx(YEAR_START, YEAR_END, yearOfPress());
        }
        return annual;
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "' in "
                        + doc.getParagraphs().stream().map(XWPFParagraph::getText).toList()));
    }

    @Test
    void headerPutsTheAgencyBesideTheNationalNameAndMotto() throws IOException {
        XWPFTable header = annualReport().getTables().get(0);
        assertThat(text(header.getRow(0).getCell(0))).isEqualTo("UBND TỈNH LÀO CAI\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(text(header.getRow(0).getCell(1)))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    }

    @Test
    void mottoAndAgencyNameAreRuledUnderneath() throws IOException {
        XWPFTable header = annualReport().getTables().get(0);
        assertThat(header.getRow(0).getCell(1).getParagraphs().get(1).getBorderBottom()).isEqualTo(Borders.SINGLE);
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(1).getBorderBottom()).isEqualTo(Borders.SINGLE);
        assertThat(header.getRow(0).getCell(1).getParagraphs().get(0).getBorderBottom()).isEqualTo(Borders.NONE);
    }

    @Test
    void numberAndItalicDateLineSitUnderTheHeader() throws IOException {
        XWPFTable header = annualReport().getTables().get(0);
        assertThat(text(header.getRow(1).getCell(0))).matches("Số: +/BC-STTTT");
        XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(date.getText()).isEqualTo("Lào Cai, ngày 06 tháng 12 năm 2026");
        assertThat(date.getRuns()).allMatch(XWPFRun::isItalic);
    }

    @Test
    void annualReportIsTitledBaoCaoWithTheYearInItsSubject() throws IOException {
        XWPFDocument doc = annualReport();
        assertThat(paragraph(doc, "BÁO CÁO").getRuns()).allMatch(XWPFRun::isBold);
        paragraph(doc, "Kết quả theo dõi thông tin trên báo chí, mạng internet về tỉnh Lào Cai năm 2026");
    }

    @Test
    void topicTableCountsTheYearAgainstTheYearBefore() throws IOException {
        XWPFTable topics = annualReport().getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("Chủ đề")).findFirst().orElseThrow();
        // 4 rainy months of 5 landslide reports, 8 months of 2; one tourism article a month, one the year before
        assertThat(topics.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList())
                .containsExactly("Thiên tai", "36", "0", "+36");
        assertThat(topics.getRow(2).getTableCells().stream().map(XWPFTableCell::getText).toList())
                .containsExactly("Du lịch", "12", "1", "+11");
    }

    @Test
    void chartsAreEmbeddedAsPngPictures() throws IOException {
        List<XWPFPictureData> pictures = annualReport().getAllPictures();
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pictures).allMatch(p -> p.getPictureType() == XWPFDocument.PICTURE_TYPE_PNG);
    }

    @Test
    void endsWithNoiNhanBesideTheSignatureBlock() throws IOException {
        List<XWPFTable> tables = annualReport().getTables();
        XWPFTable last = tables.get(tables.size() - 1);
        assertThat(text(last.getRow(0).getCell(0)))
                .isEqualTo("Nơi nhận:\n- UBND tỉnh (để báo cáo);\n- Ban Giám đốc Sở;\n- Lưu: VT.");
        assertThat(last.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();
        assertThat(last.getRow(0).getCell(1).getParagraphs().get(0).getText()).isEqualTo("GIÁM ĐỐC");
    }

    @Test
    void pageIsA4WithTheMarginsOfDecree30() throws IOException {
        CTPageMar margins = annualReport().getDocument().getBody().getSectPr().getPgMar();
        // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850
        assertThat(margins.getTop().toString()).isEqualTo("1134");
        assertThat(margins.getBottom().toString()).isEqualTo("1134");
        assertThat(margins.getLeft().toString()).isEqualTo("1701");
        assertThat(margins.getRight().toString()).isEqualTo("850");
    }

    @Test
    void pagesAreNumberedFromTheSecondOn() throws IOException {
        XWPFDocument doc = annualReport();
        // one titlePg element: the first page has its own (empty) header; a second element would be invalid XML
        assertThat(doc.getDocument().getBody().getSectPr().xmlText().split("<w:titlePg", -1)).hasSize(2);
        assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText())
                .contains("w:instr=\"PAGE\"");
        assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
    }

    @Test
    void bodyIsTimesNewRomanFourteenPoint() throws IOException {
        XWPFParagraph firstProse = annualReport().getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Căn cứ số liệu")).findFirst().orElseThrow();
        assertThat(firstProse.getRuns()).allSatisfy(r -> {
            assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
        });
    }

    @Test
    void aPeriodWithoutArticlesSaysSoAndHasNoFigureTables() throws IOException {
        XWPFDocument doc = docx(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), List.of());
        paragraph(doc, "Không có dữ liệu trong kỳ này: không thu thập được bài viết nào và không có cảnh báo nào "
                + "được đưa ra.");
        assertThat(doc.getTables()).hasSize(2); // the header and the signature block only
        assertThat(doc.getAllPictures()).isEmpty();
    }
}
