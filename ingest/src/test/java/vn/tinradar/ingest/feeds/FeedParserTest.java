package vn.tinradar.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.LocalSite;

class FeedParserTest {

    private static ParsedFeed parse(String resource, String contentType, String url) throws FeedParseException {
        return FeedParser.parse(LocalSite.resource("feeds/" + resource), contentType, url);
    }

    private static ParsedFeed baoLaoCai() throws FeedParseException {
        return parse("baolaocai-rss2-bom.xml", "application/rss+xml", "https://baolaocai.vn/rss/home.rss");
    }

    @Test
    void readsRss2WithByteOrderMarkAndCanonicalisesLinks() throws Exception {
        ParsedFeed feed = baoLaoCai();

        assertThat(feed.format()).isEqualTo("rss_2.0");
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Sạt lở đất ở xã Bát Xát, 12 hộ dân phải di dời khẩn cấp");
        assertThat(first.url()).isEqualTo(
                "https://baolaocai.vn/sat-lo-dat-o-xa-bat-xat-12-ho-dan-phai-di-doi-khan-cap-post401234.html");
        assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
        assertThat(first.section()).isEqualTo("Xã hội");
        assertThat(first.language()).isEqualTo("vi-vn");
    }

    @Test
    void takesThumbnailFromDescriptionAndStripsItsMarkup() throws Exception {
        FeedItem first = baoLaoCai().items().get(0);

        assertThat(first.image()).isEqualTo("https://cdn.baolaocai.vn/2026/11/22/satlo.jpg");
        assertThat(first.summary()).startsWith("Mưa lớn kéo dài").doesNotContain("<");
    }

    @Test
    void readsDatesWrappedInCdataAndEntityEscapedThumbnails() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>Báo Lào Cai</title><item><title>Chợ phiên Bắc Hà</title>"
                + "<link>https://baolaocai.vn/cho-phien-bac-ha-post401300.html</link>"
                + "<description>&lt;img src=\"/anh/cho-phien.jpg?w=300&amp;amp;h=200\"&gt; Chợ phiên đông vui</description>"
                + "<pubDate><![CDATA[Sun, 22 Nov 2026 06:30:00 +0700]]></pubDate></item></channel></rss>";

        FeedItem item = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                "https://baolaocai.vn/rss/home.rss").items().get(0);

        assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T06:30:00+07:00"));
        assertThat(item.image()).isEqualTo("https://baolaocai.vn/anh/cho-phien.jpg?w=300&h=200");
        assertThat(item.summary()).isEqualTo("Chợ phiên đông vui");
    }

    @Test
    void readsAspNetMonthFirstDateThatRomeCannot() throws Exception {
        assertThat(baoLaoCai().items().get(1).published()).isEqualTo(OffsetDateTime.parse("2026-09-14T18:44:00+07:00"));
    }

    @Test
    void readsVietnameseDateLineAsPubDate() throws Exception {
        assertThat(baoLaoCai().items().get(2).published()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:15:00+07:00"));
    }

    @Test
    void normalisesDecomposedTitlesToNfc() throws Exception {
        String title = baoLaoCai().items().get(2).title();

        assertThat(title).isEqualTo("Hội nghị tổng kết công tác năm 2026 của tỉnh Lào Cai");
        assertThat(Normalizer.isNormalized(title, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void leavesDateEmptyWhenItemHasNoneAndSkipsItemsWithoutLink() throws Exception {
        ParsedFeed feed = baoLaoCai();

        assertThat(feed.items()).hasSize(4);
        assertThat(feed.items().get(3).published()).isNull();
        assertThat(feed.skipped()).isEqualTo(1);
    }

    @Test
    void decodesDeclaredWindows1258() throws Exception {
        ParsedFeed feed = parse("baoyenbai-windows1258.xml", "text/xml", "http://baoyenbai.com.vn/rss");

        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Mù Cang Chải vào mùa lúa chín, du khách đổ về đông đúc");
        assertThat(Normalizer.isNormalized(item.title(), Normalizer.Form.NFC)).isTrue();
        assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2017-02-18T15:16:55+07:00"));
    }

    @Test
    void sniffsWindows1258WhenServerClaimsUtf8() throws Exception {
        // the HTTP header says utf-8, but the bytes and the prolog say windows-1258: the page is right
        ParsedFeed feed = parse("baoyenbai-windows1258.xml", "text/xml; charset=utf-8", "http://baoyenbai.com.vn/rss");

        assertThat(feed.items().get(0).summary()).isEqualTo("Những thửa ruộng bậc thang đã chuyển màu vàng óng.");
    }

    @Test
    void repairsBareAmpersandsAndHtmlEntities() throws Exception {
        ParsedFeed feed = parse("stnmt-broken.xml", "application/xml", "https://stnmt.laocai.gov.vn/rss");

        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Sở Tài nguyên & Môi trường kiểm tra khai thác cát trên sông Hồng");
        assertThat(first.url()).isEqualTo("https://stnmt.laocai.gov.vn/tin-tuc/kiem-tra-khai-thac-cat.html?id=12&cat=3");
        assertThat(first.summary()).isEqualTo("Đoàn kiểm tra phát hiện 2 điểm khai thác trái phép.");
        assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void decodesDoubleEscapedEntitiesInTitles() throws Exception {
        ParsedFeed feed = parse("stnmt-broken.xml", "application/xml", "https://stnmt.laocai.gov.vn/rss");

        assertThat(feed.items().get(1).title()).isEqualTo("Tập huấn quản lý đất đai cho cán bộ cấp xã");
        assertThat(feed.items().get(1).published()).isEqualTo(OffsetDateTime.parse("2026-11-20T14:00:00+07:00"));
    }

    @Test
    void readsAtomWithShortOffsetsAndRelativeLinks() throws Exception {
        ParsedFeed feed = parse("laocai-gov-atom.xml", "application/atom+xml", "https://laocai.gov.vn/atom.xml");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        FeedItem first = feed.items().get(0);
        assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
        assertThat(first.updated()).isEqualTo(OffsetDateTime.parse("2026-11-22T02:30:00+07:00"));
        assertThat(first.author()).isEqualTo("Văn phòng UBND tỉnh");
        FeedItem second = feed.items().get(1);
        assertThat(second.url()).isEqualTo("https://laocai.gov.vn/tin-tuc/cong-bo-quy-hoach-tinh");
        assertThat(second.published()).as("updated stands in for a missing published")
                .isEqualTo(OffsetDateTime.parse("2026-11-21T16:00:00+07:00"));
        assertThat(second.summary()).isEqualTo("Quy hoạch xác định 4 vùng kinh tế.");
    }

    @Test
    void readsRss1RdfWithDublinCoreDate() throws Exception {
        ParsedFeed feed = parse("vanhoa-rss1-rdf.xml", "application/rdf+xml", "https://tapchi-vanhoa-laocai.vn/rss");

        FeedItem item = feed.items().get(0);
        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(item.title()).isEqualTo("Lễ hội Gầu Tào của người Mông ở Si Ma Cai");
        assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:15:00+07:00"));
    }

    @Test
    void readsRss091WithNetscapeDoctype() throws Exception {
        ParsedFeed feed = parse("sonla-rss091-doctype.xml", "text/xml", "https://baoyen.laocai.gov.vn/rss");

        assertThat(feed.format()).isEqualTo("rss_0.91u");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Bảo Yên ra quân trồng rừng sản xuất vụ đông");
    }

    @Test
    void readsNewsSitemapTitlesAndPublicationDates() throws Exception {
        ParsedFeed feed = parse("baolaocai-news-sitemap.xml", "application/xml", "https://baolaocai.vn/sitemap-news.xml");

        assertThat(feed.format()).isEqualTo("sitemap");
        assertThat(feed.items()).as("image:loc entries are not articles").hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Nông sản Bắc Hà vào siêu thị Hà Nội");
        assertThat(first.published().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:30:00+07:00").toInstant());
        assertThat(feed.items().get(1).published().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-20T07:00:00+07:00").toInstant());
    }

    @Test
    void listsChildSitemapsOfAnIndex() throws Exception {
        ParsedFeed feed = parse("baolaocai-sitemap-index.xml", "application/xml", "https://baolaocai.vn/sitemap.xml");

        assertThat(feed.format()).isEqualTo("sitemap-index");
        assertThat(feed.childSitemaps()).containsExactly("https://baolaocai.vn/sitemaps/news-2026-11.xml",
                "https://baolaocai.vn/sitemaps/news-2026-10.xml");
    }

    @Test
    void namesTheUrlWhenTheDocumentIsNotAFeed() {
        byte[] html = "<!DOCTYPE html><html><body>Trang chủ</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedParser.parse(html, "text/html", "https://baolaocai.vn/rss"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("https://baolaocai.vn/rss");
    }

    @Test
    void namesTheUrlWhenTheFeedIsBeyondRepair() {
        byte[] truncated = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Báo Lào Cai</title><item><title>Tin"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedParser.parse(truncated, "application/rss+xml", "https://baolaocai.vn/rss/cut.rss"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("https://baolaocai.vn/rss/cut.rss");
    }
}
