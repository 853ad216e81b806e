package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.forecast.DailyCounts;
import vn.tinradar.common.forecast.Forecast;
import vn.tinradar.common.forecast.SeasonalForecaster;

/**
 * "Dự báo tuần tới" of the report: the leading topics and places of the week get the articles expected over the three
 * days after it, from the weeks of articles before; a short history says so.
 */
class ReportOutlookTest {

    // Monday 16/11/2026 to Sunday 22/11/2026; the outlook covers Monday 23/11 to Wednesday 25/11
    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);

    private final ReportBuilder builder = new ReportBuilder(Map.of("giao-thong", "Giao thông"), List.of());

    /** Two reports on the roads of Bảo Hà each weekday, one on Saturday, none on Sunday, for {@code weeks} weeks. */
    private static List<ScoredArticle> roadReports(int weeks) {
        List<ScoredArticle> all = new ArrayList<>();
        int n = 0;
        for (LocalDate day = TO.minusWeeks(weeks); day.isBefore(TO); day = day.plusDays(1)) {
            int perDay = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2;
            for (int i = 0; i < perDay; i++, n++) {
                all.add(roadReport("gt" + n, day, "Xã Bảo Hà sửa đường tỉnh lộ 160 sau mưa lũ, đoạn " + n));
            }
        }
        return all;
    }

    private static ScoredArticle roadReport(String id, LocalDate day, String title) {
        Article a = new Article(1, id, "https://baolaocai.vn/" + id + ".html", "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, title, null, "...", null, null, null, "vi",
                OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)), null, "page", null, "h" + id, null, true);
        return new ScoredArticle(1, a, true, List.of(new PlaceTag("1", "Xã Bảo Hà", "commune", "Bảo Hà")),
                List.of(new TopicScore("giao-thong", 0.9, List.of())), new Sentiment("neutral", 0, List.of()),
                new Suspicion(0, List.of()), null, null, null);
    }

    @Test
    void sixWeeksOfRoadReportsGiveTheLeadingTopicAndPlaceTheNextThreeDays() {
        WeeklyReport.Outlook outlook = builder.build(FROM, TO, roadReports(6), List.of()).outlook();

        assertThat(outlook.from()).isEqualTo(TO);
        assertThat(outlook.to()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(outlook.enoughHistory()).isTrue();
        assertThat(outlook.historyDays()).isEqualTo(42);
        WeeklyReport.OutlookRow roads = outlook.topics().get(0);
        assertThat(roads.name()).isEqualTo("Giao thông");
        // the forecaster's answer for the six weeks counted day by day (a quiet Sunday last lowers it below 6) ...
        long[] perDay = new long[42];
        for (int i = 0; i < perDay.length; i++) {
            DayOfWeek d = TO.minusDays(42 - i).getDayOfWeek();
            perDay[i] = d == DayOfWeek.SUNDAY ? 0 : d == DayOfWeek.SATURDAY ? 1 : 2;
        }
        Forecast direct = new SeasonalForecaster().forecast(new DailyCounts("Giao thông", TO.minusDays(42), perDay),
                ReportOutlook.DAYS).orElseThrow();
        assertThat(roads.expected()).isEqualTo(direct.expected());
        // ... and Monday to Wednesday of this flow, six reports, inside its interval
        assertThat(roads.low()).isLessThanOrEqualTo(6);
        assertThat(roads.high()).isGreaterThanOrEqualTo(6);
        assertThat(outlook.places()).extracting(WeeklyReport.OutlookRow::name).containsExactly("Xã Bảo Hà");
    }

    @Test
    void theHistoryStartsOnTheFirstDayAnArticleIsKnownNotEightWeeksBack() {
        WeeklyReport.Outlook outlook = builder.build(FROM, TO, roadReports(3), List.of()).outlook();

        assertThat(outlook.historyDays()).isEqualTo(21); // three weeks known, not the eight the model could use
        assertThat(outlook.enoughHistory()).isTrue();
    }

    @Test
    void aSingleWeekOfHistorySaysTheForecastNeedsMoreDaysInEveryFormat() throws IOException {
        ReportDocument doc = new ReportDocument(builder.build(FROM, TO, roadReports(1), List.of()));

        String sentence = "Chưa đủ lịch sử để dự báo số bài 23/11/2026 – 25/11/2026: mới có 7 ngày số liệu, cần ít"
                + " nhất 14 ngày.";
        assertThat(doc.html()).contains("<h2>Dự báo tuần tới</h2>", sentence);
        assertThat(doc.text()).contains("Dự báo tuần tới: " + sentence);
        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Dự báo tuần tới",
                    "Chưa đủ lịch sử để dự báo");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.docx()))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.contains(sentence));
        }
    }

    @Test
    void theWordDocumentCarriesTheOutlookAsATable() throws IOException {
        ReportDocument doc = new ReportDocument(builder.build(FROM, TO, roadReports(6), List.of()));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.docx()))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.endsWith("DỰ BÁO TUẦN TỚI"));
            XWPFTable table = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 4
                            && t.getRow(0).getCell(2).getText().equals("Dự kiến (bài)")).findFirst().orElseThrow();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Chủ đề");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Giao thông");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Xã Bảo Hà");
            assertThat(table.getRow(1).getCell(3).getText()).matches("\\d+–\\d+");
        }
    }
}
