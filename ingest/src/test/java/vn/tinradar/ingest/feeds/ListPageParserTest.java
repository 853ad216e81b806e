package vn.tinradar.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListPageParserTest {

    private static final String SECTION = """
            <html><body>
            <nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="https://facebook.com/laocai">Facebook</a></nav>
            <div class="list-news">
              <h3><a href="/tin-tuc/xa-y-ty-don-bang-cong-nhan-nong-thon-moi-1201.html?utm_source=home">Xã Y Tý đón bằng công nhận nông thôn mới</a></h3>
              <h3><a href="/tin-tuc/khoi-cong-duong-noi-sa-pa-lai-chau-1199.html">Khởi công đường nối Sa Pa với Lai Châu</a></h3>
              <h3><a href="/tin-tuc/xa-y-ty-don-bang-cong-nhan-nong-thon-moi-1201.html">Xã Y Tý đón bằng công nhận nông thôn mới</a></h3>
              <a href="https://baokhac.vn/bai-viet-ngoai-trang-12345.html">Một bài viết của trang khác không thuộc nguồn này</a>
            </div>
            <div class="paging"><a href="/tin-tuc?page=2">Trang sau</a></div>
            </body></html>""";

    @Test
    void keepsHeadlineLinksOnTheSameHostOnceEach() {
        ParsedFeed feed = ListPageParser.parse(SECTION, "https://bathat.laocai.gov.vn/tin-tuc", null);

        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://bathat.laocai.gov.vn/tin-tuc/xa-y-ty-don-bang-cong-nhan-nong-thon-moi-1201.html",
                "https://bathat.laocai.gov.vn/tin-tuc/khoi-cong-duong-noi-sa-pa-lai-chau-1199.html");
        assertThat(feed.items().get(0).title()).isEqualTo("Xã Y Tý đón bằng công nhận nông thôn mới");
    }

    @Test
    void thumbnailLinkBeforeTheHeadlineDoesNotHideIt() {
        String html = """
                <article class="post-item">
                  <a class="thumb" href="/tin-tuc/lu-quet-xa-phuc-khanh-207015.html"><img src="/media/lu-quet.jpg" alt=""></a>
                  <h3 class="post-title"><a href="/tin-tuc/lu-quet-xa-phuc-khanh-207015.html">Lũ dữ ập về trong đêm ở xã Phúc Khánh</a></h3>
                </article>""";

        ParsedFeed feed = ListPageParser.parse(html, "https://laocaiplus.vn/chuyen-muc/tin-nong/", null);

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo("https://laocaiplus.vn/tin-tuc/lu-quet-xa-phuc-khanh-207015.html");
            assertThat(item.title()).isEqualTo("Lũ dữ ập về trong đêm ở xã Phúc Khánh");
        });
    }

    @Test
    void linkSelectorReplacesTheGuess() {
        ParsedFeed feed = ListPageParser.parse(SECTION, "https://bathat.laocai.gov.vn/tin-tuc", "div.paging a");

        assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://bathat.laocai.gov.vn/tin-tuc?page=2");
    }
}
