package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.LocalSite;

/**
 * The extractor on real captured pages, when their folder is present ({@code TINRADAR_REALPAGES=DIR}, built by
 * {@code realpages/recreate.sh}); CI has neither network nor the pages, so those tests are skipped there.
 * Figures and the command are in docs/quality.md.
 */
class RealPagesQualityTest {

    private static final Path MANIFEST = Path.of("src/test/resources/realpages/manifest.tsv");

    private static List<RealPagesQuality.Page> pages() {
        return RealPagesQuality.manifest(MANIFEST);
    }

    private static Path pagesDir() {
        String dir = System.getenv("TINRADAR_REALPAGES");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "real pages folder not present: set TINRADAR_REALPAGES to the folder realpages/recreate.sh builds; skipped");
        return Path.of(dir);
    }

    @Test
    void manifestLabelsEveryPageWithTitleLeadAndSplit() {
        assertThat(pages()).hasSizeGreaterThanOrEqualTo(47).allSatisfy(p -> {
            assertThat(p.title()).as(p.id()).isNotBlank();
            assertThat(p.leadPrefix()).as(p.id()).hasSizeBetween(20, 60);
            assertThat(p.split()).as(p.id()).isIn(RealPagesQuality.SPLITS);
        });
    }

    @Test
    void manifestLineWithAMissingColumnIsRefusedWithItsLineNumber() {
        List<String> lines = List.of("id\tsplit", "baolaocai-1\tdev\tbaolaocai.vn");

        assertThatThrownBy(() -> RealPagesQuality.manifest(lines, "manifest.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("manifest.tsv line 2: expected 13 tab-separated columns but got 3");
    }

    @Test
    void referenceBodyIsTheLeadThenTheContainerParagraphsOutsideFigures() {
        RealPagesQuality.Page page = new RealPagesQuality.Page("x", "dev", "baolaocai.vn", "https://baolaocai.vn/a.html",
                "t", null, "Mưa lớn kéo dài", "div.article__sapo", "div.article__body");

        String reference = RealPagesQuality.referenceBody(LocalSite.text("pages/baolaocai-article.html"), page);

        assertThat(reference).startsWith("Mưa lớn kéo dài gây sạt lở").doesNotContain("Ảnh: Minh Hiếu");
    }

    @Test
    void everyRealPageIsMeasuredAndTheFiguresArePrinted() {
        Path dir = pagesDir();
        List<RealPagesQuality.Result> results = pages().stream().map(p -> RealPagesQuality.measure(dir, p)).toList();
        System.out.print(RealPagesQuality.report(results));

        assertThat(results).hasSameSizeAs(pages());
        // floors at the figures measured on the 47 pages (docs/quality.md): a drop is a regression. The one date
        // miss is understood there (24h.com.vn shows a time that differs from its metadata, which the extractor keeps)
        assertThat(results).allSatisfy(r -> assertThat(r.titleExact()).as(r.page().id() + " title").isTrue());
        assertThat(results.stream().filter(r -> Boolean.TRUE.equals(r.dateExact())).count()).isGreaterThanOrEqualTo(26);
        assertThat(results.stream().filter(RealPagesQuality.Result::leadPresent).count()).isGreaterThanOrEqualTo(47);
        assertThat(results.stream().mapToDouble(RealPagesQuality.Result::recall).average().orElse(0)).isGreaterThanOrEqualTo(0.975);
    }
}
