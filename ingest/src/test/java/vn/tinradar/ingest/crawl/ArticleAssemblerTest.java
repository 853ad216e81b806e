package vn.tinradar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;

class ArticleAssemblerTest {

    private static final Instant FETCHED = Instant.parse("2026-11-22T02:00:00Z");
    private static final Source SOURCE = new Source("baolaocai", "Báo Lào Cai", "https://baolaocai.vn",
            SourceTier.PROVINCIAL_PRESS, true, false, 60, 1800, List.of(), Selectors.NONE);
    private final ArticleAssembler assembler = new ArticleAssembler(Duration.ofMinutes(15));

    private static FeedItem item(OffsetDateTime published) {
        return new FeedItem("https://baolaocai.vn/bai-1.html", "Tiêu đề trong nguồn cấp", "Tóm tắt trong nguồn cấp",
                null, "Xã hội", null, "vi-VN", published, null);
    }

    private static ExtractedPage page(OffsetDateTime published) {
        return new ExtractedPage("https://baolaocai.vn/bai-1-post401.html", "Tiêu đề trên trang", "Sapo trên trang",
                "Nội dung bài viết.", "Minh Hiếu", null, null, "vi", published, null, "json-ld", null);
    }

    @Test
    void pageCanonicalUrlAndTextWinOverTheFeedItem() {
        Article a = assembler.assemble(SOURCE, item(null), page(OffsetDateTime.parse("2026-11-22T08:15:00+07:00")), FETCHED);

        assertThat(a.url()).isEqualTo("https://baolaocai.vn/bai-1-post401.html");
        assertThat(a.id()).isEqualTo(ArticleIds.fromCanonicalUrl("https://baolaocai.vn/bai-1-post401.html"));
        assertThat(a.title()).isEqualTo("Tiêu đề trên trang");
        assertThat(a.section()).as("the feed fills what the page lacks").isEqualTo("Xã hội");
        assertThat(a.dateSource()).isEqualTo("json-ld");
        assertThat(a.language()).isEqualTo("vi");
        assertThat(a.fetchedAt()).isEqualTo(FETCHED);
    }

    @Test
    void feedDateWinsWhenTheFeedHasOne() {
        Article a = assembler.assemble(SOURCE, item(OffsetDateTime.parse("2026-11-22T08:00:00+07:00")),
                page(OffsetDateTime.parse("2026-11-22T08:15:00+07:00")), FETCHED);

        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:00:00+07:00"));
        assertThat(a.dateSource()).isEqualTo("feed");
    }

    @Test
    void dateFarInTheFutureBecomesTheFetchTimeAndIsMarked() {
        Article a = assembler.assemble(SOURCE, item(OffsetDateTime.parse("2027-01-01T08:00:00+07:00")), null, FETCHED);

        assertThat(a.published().toInstant()).isEqualTo(FETCHED);
        assertThat(a.published().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(a.dateSource()).isEqualTo("fetched");
    }

    @Test
    void dateSlightlyAheadOfTheFetchIsTheFetchTimeButKeepsItsSource() {
        Article a = assembler.assemble(SOURCE, item(OffsetDateTime.parse("2026-11-22T09:10:00+07:00")), null, FETCHED);

        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:00:00+07:00"));
        assertThat(a.dateSource()).as("the site's date, its clock ten minutes fast").isEqualTo("feed");
    }

    @Test
    void updateDateFarInTheFutureIsDropped() {
        FeedItem revised = new FeedItem("https://baolaocai.vn/bai-1.html", "Tiêu đề", null, null, null, null, "vi",
                OffsetDateTime.parse("2026-11-22T08:00:00+07:00"), OffsetDateTime.parse("2026-12-22T08:00:00+07:00"));

        Article a = assembler.assemble(SOURCE, revised, null, FETCHED);

        assertThat(a.updated()).isNull();
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:00:00+07:00"));
    }

    @Test
    void feedItemAloneMakesAnArticleWithoutText() {
        Article a = assembler.assemble(SOURCE, item(null), null, FETCHED);

        assertThat(a.url()).isEqualTo("https://baolaocai.vn/bai-1.html");
        assertThat(a.title()).isEqualTo("Tiêu đề trong nguồn cấp");
        assertThat(a.summary()).isEqualTo("Tóm tắt trong nguồn cấp");
        assertThat(a.text()).isNull();
        assertThat(a.dateSource()).isEqualTo("fetched");
        assertThat(a.provinceSource()).isTrue();
        assertThat(a.v()).isEqualTo(Article.VERSION);
    }
}
