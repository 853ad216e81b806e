package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.HostileHeadline;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;

/** A story whose headline carries markup shows in the report as text: on the page, in the plain text and the PDF. */
class ReportEscapingTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);

    private static ScoredArticle copy(String id, String sourceId, String source, int day) {
        Article a = new Article(1, id, "https://" + sourceId + ".vn/" + id + ".html", sourceId, source,
                SourceTier.UNLICENSED_SITE, HostileHeadline.TEXT, null, "...", null, null, null, "vi",
                OffsetDateTime.of(FROM.plusDays(day).atTime(9, 30), ZoneOffset.ofHours(7)), null, "page", null,
                "h" + id, null, true);
        return new ScoredArticle(1, a, true, List.of(new PlaceTag("1", "Xã Bảo Hà", "commune", "Bảo Hà")),
                List.of(new TopicScore("thien-tai", 0.9, List.of())), new Sentiment("negative", 0, List.of()),
                new Suspicion(0.2, List.of()), "story-sat-lo-bao-ha", null, null);
    }

    private static ReportDocument report() {
        return new ReportDocument(new ReportBuilder(Map.of("thien-tai", "Thiên tai"), List.of()).build(FROM,
                FROM.plusDays(7), List.of(copy("tin-nong-1", "tinnongtaybac", "Tin Nóng Tây Bắc", 1),
                        copy("diendan-2", "diendanlaocai", "Diễn đàn Lào Cai", 2)), List.of()));
    }

    @Test
    void headlineWithScriptAndAmpersandIsEscapedOnTheReportPage() {
        String html = report().html();

        Document page = HostileHeadline.assertEscapedIn(html);
        assertThat(page.select("td").eachText()).contains(HostileHeadline.TEXT);
    }

    @Test
    void plainTextPartShowsTheHeadlineAsWritten() {
        assertThat(report().text()).contains("- " + HostileHeadline.TEXT + " (2 bài, 2 nguồn;")
                .doesNotContain("&amp;", "&lt;");
    }

    @Test
    void pdfPrintsTheHeadlineAsText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report().pdf())) {
            // a table cell wraps where the layout decides: compare without the line breaks
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains(HostileHeadline.TEXT.replaceAll("\\s+", ""));
        }
    }
}
