package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;

class ReportBuilderTest {

    // Monday 16/11/2026 to Sunday 22/11/2026, compared with 09/11 – 15/11
    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private static final AlertsConfig.Policy LAND_SUPPORT = new AlertsConfig.Policy("ho-tro-thu-hoi-dat",
            "Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất", List.of("hỗ trợ thu hồi đất", "hỗ trợ khi Nhà nước thu hồi đất"),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private final ReportBuilder builder = new ReportBuilder(Map.of("thien-tai", "Thiên tai",
            "du-thao-chinh-sach", "Dự thảo chính sách"), List.of(LAND_SUPPORT));

    private static ScoredArticle article(String id, String source, LocalDate day, String topic, String tone,
                                         double suspicion, String story) {
        Article a = new Article(1, id, "https://" + source + ".vn/" + id + ".html", source,
                source.equals("baolaocai") ? "Báo Lào Cai" : "Tin Nóng Tây Bắc",
                source.equals("baolaocai") ? SourceTier.PROVINCIAL_PRESS : SourceTier.UNLICENSED_SITE,
                topic.equals("du-thao-chinh-sach") ? "Góp ý dự thảo hỗ trợ thu hồi đất, bài " + id
                        : "Sạt lở ở xã Bảo Hà, bài " + id, null, "...", null, null, null, "vi",
                OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)), null, "page", null, "h" + id, null, true);
        return new ScoredArticle(1, a, true, List.of(new PlaceTag("1", "Xã Bảo Hà", "commune", "Bảo Hà")),
                List.of(new TopicScore(topic, 0.9, List.of())), new Sentiment(tone, 0, List.of()),
                new Suspicion(suspicion, List.of()), story, null, null);
    }

    private static List<ScoredArticle> twoWeeks() {
        List<ScoredArticle> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(article("n" + i, "baolaocai", FROM.plusDays(i % 3), "thien-tai", i < 4 ? "negative" : "neutral",
                    0.1, "story-sat-lo"));
        }
        all.add(article("p1", "tinnong", FROM.plusDays(4), "du-thao-chinh-sach", "negative", 0.8, "story-tin-gia"));
        all.add(article("p2", "baolaocai", FROM.plusDays(5), "du-thao-chinh-sach", "positive", 0.0, null));
        all.add(article("old1", "baolaocai", FROM.minusDays(3), "thien-tai", "positive", 0.0, null));
        all.add(article("old2", "baolaocai", FROM.minusDays(2), "thien-tai", "neutral", 0.0, null));
        all.add(article("later", "baolaocai", TO, "thien-tai", "negative", 0.0, null));
        return all;
    }

    @Test
    void weekIsComparedWithTheWeekBefore() {
        WeeklyReport r = builder.build(FROM, TO, twoWeeks(), List.of());

        assertThat(r.current().articles()).isEqualTo(8);
        assertThat(r.previous().articles()).isEqualTo(2);
        assertThat(r.current().negative()).isEqualTo(5);
        assertThat(r.previous().positive()).isEqualTo(1);
        assertThat(r.byTopic()).containsExactly(new WeeklyReport.Row("Thiên tai", 6, 2),
                new WeeklyReport.Row("Dự thảo chính sách", 2, 0));
        assertThat(r.bySource().get(0)).isEqualTo(new WeeklyReport.Row("Báo Lào Cai", 7, 2));
        assertThat(r.topStories().get(0).storyId()).isEqualTo("story-sat-lo");
        assertThat(r.suspiciousArticles()).isEqualTo(1);
        assertThat(r.current().perDay()).hasSize(7);
        assertThat(r.current().perDay().get(FROM)).isEqualTo(new WeeklyReport.Day(2, 0, 2));
    }

    @Test
    void yearSoFarIsComparedWithTheSameDaysOfTheYearBefore() {
        // an annual report run on 06/12/2026 reads 01/01 – 06/12 against "cùng kỳ năm trước", not the 340 days
        // right before 1 January
        LocalDate first = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 7);
        List<ScoredArticle> articles = List.of(
                article("y1", "baolaocai", LocalDate.of(2026, 3, 2), "thien-tai", "negative", 0.0, null),
                article("same-days", "baolaocai", LocalDate.of(2025, 1, 20), "thien-tai", "neutral", 0.0, null),
                article("late-2025", "baolaocai", LocalDate.of(2025, 12, 20), "thien-tai", "neutral", 0.0, null),
                article("end-2025", "baolaocai", LocalDate.of(2025, 12, 31), "thien-tai", "neutral", 0.0, null));

        WeeklyReport r = builder.build(first, end, articles, List.of());

        assertThat(r.current().articles()).isEqualTo(1);
        assertThat(r.previous().articles()).isEqualTo(1);
        assertThat(r.previous().perDay()).containsKey(LocalDate.of(2025, 1, 1)).containsKey(LocalDate.of(2025, 12, 6))
                .doesNotContainKey(LocalDate.of(2025, 12, 7));
    }

    @Test
    void alertsOfTheWeekGiveTheMedianTimeToAcknowledge() {
        Alert a = Fixtures.alert("a", Severity.URGENT, 1);
        List<Alert> alerts = new ArrayList<>();
        for (int minutes : new int[] {10, 30, 90}) {
            java.time.Instant first = FROM.atStartOfDay(vn.tinradar.common.text.VnTime.ZONE).toInstant()
                    .plusSeconds(3600);
            alerts.add(new Alert(a.v(), "a" + minutes, a.rule(), a.severity(), a.status(), a.title(), a.summary(),
                    a.suggestedAction(), a.signals(), a.articles(), null, null, null, first, first, first, 1,
                    "tran.thi.binh", first.plus(Duration.ofMinutes(minutes))));
        }
        WeeklyReport r = builder.build(FROM, TO, List.of(), alerts);

        assertThat(r.current().alerts().raised()).isEqualTo(3);
        assertThat(r.current().alerts().medianTimeToAck()).isEqualTo(Duration.ofMinutes(30));
        assertThat(r.current().alerts().byRule()).containsEntry("topic-burst", 3L);
    }

    @Test
    void suspiciousItemShowsWhatBecameOfTheAlertOnItsStory() {
        Alert a = Fixtures.alert("story-spread-1", Severity.URGENT, 1);
        Alert resolved = new Alert(a.v(), a.id(), "story-spread", a.severity(),
                vn.tinradar.common.event.AlertStatus.RESOLVED, a.title(), a.summary(), a.suggestedAction(),
                a.signals(), a.articles(), "story-tin-gia", null, null, a.firstSeen(), a.lastSeen(), a.updatedAt(), 2,
                "tran.thi.binh", a.updatedAt());

        WeeklyReport r = builder.build(FROM, TO, twoWeeks(), List.of(resolved));

        assertThat(r.suspicious()).singleElement().satisfies(item -> {
            assertThat(item.article().id()).isEqualTo("p1");
            assertThat(item.outcome()).isEqualTo("Đã xử lý (tran.thi.binh)");
        });
    }

    @Test
    void draftPolicyCoverageCountsArticlesNamingItWithTheirTone() {
        WeeklyReport r = builder.build(FROM, TO, twoWeeks(), List.of());

        assertThat(r.policies()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất");
            assertThat(p.articles()).isEqualTo(2);
            assertThat(p.negative()).isEqualTo(1);
            assertThat(p.positive()).isEqualTo(1);
            assertThat(p.sources()).isEqualTo(2);
            assertThat(p.latest()).extracting(ArticleRef::id).containsExactly("p2", "p1");
        });
    }

    @Test
    void draftPolicyOutsideItsConsultationIsLeftOut() {
        WeeklyReport r = builder.build(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14), twoWeeks(), List.of());

        assertThat(r.policies()).isEmpty();
    }

    @Test
    void periodWithoutDataSaysSoPlainly() throws Exception {
        ReportDocument doc = new ReportDocument(builder.build(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13),
                twoWeeks(), List.of()));

        assertThat(doc.text()).contains("Không có dữ liệu trong kỳ này");
        assertThat(doc.html()).contains("Không có dữ liệu trong kỳ này");
        assertThat(doc.charts()).isEmpty();
        assertThat(pdfText(doc.pdf())).contains("Không có dữ liệu trong kỳ này");
    }

    @Test
    void reportOfAnotherProvinceIsTitledWithIt() {
        ReportDocument doc = new ReportDocument(builder.build(FROM, TO, twoWeeks(), List.of()),
                vn.tinradar.common.province.Provinces.byName("Thành phố Hồ Chí Minh"));

        assertThat(doc.title()).isEqualTo("Báo cáo tổng hợp thông tin về Thành phố Hồ Chí Minh từ 16/11/2026 đến 22/11/2026");
        assertThat(doc.html()).contains("<h1>Báo cáo tổng hợp thông tin về Thành phố Hồ Chí Minh");
    }

    @Test
    void reportEmailHasTextHtmlAndInlineChartsAndIsArchived() throws Exception {
        ReportDocument doc = new ReportDocument(builder.build(FROM, TO, twoWeeks(), List.of()));

        MimeMessage m = doc.email(Session.getInstance(new Properties()), "tinradar@stttt.laocai.gov.vn",
                List.of("lanhdao@stttt.laocai.gov.vn"));

        assertThat(m.getSubject()).isEqualTo("[TinRadar] Báo cáo tổng hợp thông tin về tỉnh Lào Cai từ 16/11/2026 đến 22/11/2026");
        Multipart mixed = (Multipart) m.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("Tổng số 8 bài, tăng 300%");
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        assertThat(related.getCount()).isEqualTo(1 + 4);
        assertThat((String) related.getBodyPart(0).getContent()).contains("cid:so-bai-theo-ngay.png");
        assertThat(related.getBodyPart(1).getHeader("Content-ID")).containsExactly("<so-bai-theo-ngay.png>");
        assertThat(mixed.getBodyPart(1).isMimeType("application/pdf")).isTrue();
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("bao-cao-2026-11-16_2026-11-22.pdf");
    }

    @Test
    void archiveHoldsThePageItsChartsAndThePdf() throws Exception {
        ReportDocument doc = new ReportDocument(builder.build(FROM, TO, twoWeeks(), List.of()));

        Path page = doc.archive(dir.resolve("2026-11-16"));

        assertThat(Files.readString(page)).contains("src=\"so-bai-theo-ngay.png\"");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("2026-11-16/so-bai-theo-ngay.png").toFile()).getWidth())
                .isEqualTo(720);
        assertThat(Files.readAllBytes(dir.resolve("2026-11-16/bao-cao.pdf"))).startsWith("%PDF".getBytes());
        // a DOCX is a zip package: what matters is that Word can open it, which ReportDocxTest checks part by part
        assertThat(Files.readAllBytes(dir.resolve("2026-11-16/bao-cao.docx"))).startsWith("PK".getBytes());
        doc.archive(Path.of("target", "report-sample"));
    }

    @Test
    void pdfPrintsVietnameseTextWithTheEmbeddedFont() throws Exception {
        ReportDocument doc = new ReportDocument(builder.build(FROM, TO, twoWeeks(), List.of()));

        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            // the title is long enough to wrap; where the PDF breaks the line is the layout's business
            assertThat(text.replaceAll("\\s+", "")).contains("Báocáotổnghợpthôngtinvềtỉnh" + "LàoCaitừ16/11/2026đến22/11/2026");
            assertThat(text).contains("Sắc thái thông tin",
                    "Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất");
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
            var font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
