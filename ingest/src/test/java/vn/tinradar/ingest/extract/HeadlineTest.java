package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.source.Selectors;

/** The title is the headline the reader sees; the SEO wordings are kept as alternates. */
class HeadlineTest {

    private static ExtractedPage extract(String head, String body) {
        return ArticleExtractor.extract("<html lang=\"vi\"><head>" + head + "</head><body>" + body
                + "<div class=\"detail-content\"><p>Chính phủ vừa ban hành nghị định quy định chính sách thuế đối với hộ kinh doanh.</p></div>"
                + "</body></html>", "https://baotinh.vn/bai-viet-post123.html", Selectors.NONE);
    }

    @Test
    void h1WinsOverARewordedOgTitleWhichBecomesAnAlternate() {
        ExtractedPage page = extract("<meta property=\"og:title\" content=\"Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới\">",
                "<h1 class=\"detail-title\">Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế</h1>");

        assertThat(page.title()).isEqualTo("Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế");
        assertThat(page.alternateTitles()).containsExactly("Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới");
    }

    @Test
    void h1OfAnotherStoryLosesToTheStructuredHeadline() {
        ExtractedPage page = extract("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Lào Cai hoàn thành sáp nhập các thôn, tổ dân phố"}</script>""",
                "<h1 class=\"box-title\">Tin nổi bật trong ngày hôm nay</h1>");

        assertThat(page.title()).isEqualTo("Lào Cai hoàn thành sáp nhập các thôn, tổ dân phố");
    }

    @Test
    void titleTagWithTheSiteNameIsAnAlternateWithoutIt() {
        ExtractedPage page = extract("<title>Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh - Tuổi Trẻ Online</title>"
                + "<meta property=\"og:site_name\" content=\"Tuổi Trẻ Online\">",
                "<h1 class=\"detail-title\">Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh</h1>");

        assertThat(page.title()).isEqualTo("Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh");
        assertThat(page.alternateTitles()).isEmpty();
    }
}
