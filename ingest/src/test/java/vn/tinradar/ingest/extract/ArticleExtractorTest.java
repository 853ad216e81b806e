package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.ingest.source.Selectors;

class ArticleExtractorTest {

    @Test
    void readsJsonLdAuthorSectionImageAndModifiedDate() {
        ExtractedPage page = ExtractionQuality.extract("baolaocai-article");

        assertThat(page.author()).isEqualTo("Minh Hiếu");
        assertThat(page.section()).isEqualTo("Xã hội");
        assertThat(page.image()).isEqualTo("https://cdn.baolaocai.vn/2026/11/22/sat-lo-bat-xat.jpg");
        assertThat(page.updated()).hasToString("2026-11-22T09:02+07:00");
        assertThat(page.dateSource()).isEqualTo("json-ld");
        assertThat(page.language()).isEqualTo("vi");
    }

    @Test
    void opensTheBodyWithTheSapoAndKeepsItAsSummary() {
        ExtractedPage page = ExtractionQuality.extract("baolaocai-article");

        assertThat(page.summary()).isEqualTo("Mưa lớn kéo dài gây sạt lở, chính quyền xã di dời 12 hộ dân đến nơi an toàn.");
        assertThat(page.text()).startsWith("Mưa lớn kéo dài gây sạt lở, chính quyền xã di dời 12 hộ dân đến nơi an toàn.\n")
                .doesNotContain("Tin liên quan").doesNotContain("Bình luận").doesNotContain("Ảnh: Minh Hiếu");
    }

    @Test
    void followsCanonicalFromAmpPageAndReadsTypeArrays() {
        ExtractedPage page = ExtractionQuality.extract("baolaocai-amp");

        assertThat(page.canonicalUrl()).isEqualTo("https://baolaocai.vn/sot-xuat-huyet-tang-post401150.html");
        assertThat(page.author()).isEqualTo("Phương Anh");
        assertThat(page.image()).isEqualTo("https://cdn.baolaocai.vn/sxh.jpg");
    }

    @Test
    void ignoresCanonicalPointingAtHomePageAndStripsTrackingFromOgUrl() {
        ExtractedPage page = ExtractionQuality.extract("unlicensed-ads");

        assertThat(page.canonicalUrl()).isEqualTo("https://tinnong-laocai247.com/nuoc-sinh-hoat-duc-cam-duong-a1234.html");
        assertThat(page.text()).doesNotContain("Xem thêm").doesNotContain("QUẢNG CÁO").doesNotContain("Đăng ký nhận tin");
    }

    @Test
    void readsMetaTagsWhenThereIsNoJsonLd() {
        ExtractedPage page = ExtractionQuality.extract("national-vccorp");

        assertThat(page.dateSource()).isEqualTo("meta");
        assertThat(page.section()).isEqualTo("Kinh tế");
        assertThat(page.author()).isEqualTo("Hoàng Nam");
        assertThat(page.summary()).startsWith("Tăng trưởng 9,2% trong 9 tháng");
        assertThat(page.canonicalUrl()).isEqualTo(
                "https://baotintuc-quocgia.vn/lao-cai-tang-truong-cao-nhat-vung-20261122081500123.htm");
    }

    @Test
    void readsDateLineOfGovernmentPortal() {
        ExtractedPage page = ExtractionQuality.extract("laocai-gov-portal");

        assertThat(page.dateSource()).isEqualTo("text");
        assertThat(page.published()).hasToString("2026-11-20T17:30+07:00");
    }

    @Test
    void readsEngagementCountersOfForumPost() {
        ExtractedPage page = ExtractionQuality.extract("forum-post");

        assertThat(page.engagement()).isEqualTo(new Engagement(125L, 48L, 12L));
        assertThat(page.text()).doesNotContain("Cảm ơn bác");
    }

    @Test
    void splitsBreakSeparatedPostIntoParagraphsAndKeepsTheOpeningRepeatedInMeta() {
        String html = """
                <html><head><meta name="description" content="Sáng nay đường lên Y Tý sạt một đoạn dài, xe máy vẫn đi được."></head>
                <body><h1>Đường lên Y Tý sạt một đoạn, mọi người đi chậm</h1>
                <article class="message"><div class="bbWrapper">Sáng nay đường lên Y Tý sạt một đoạn dài, xe máy vẫn đi được.<br />
                <br />
                Đoạn qua thôn Lao Chải đất đá còn trên mặt đường, ô tô con phải chờ máy xúc dọn.<br>
                <br>
                Ai đi chiều nay nhớ mang áo mưa, trời vẫn mưa nhỏ.</div></article></body></html>""";

        ExtractedPage page = ArticleExtractor.extract(html, "https://diendan.laocai.vn/threads/duong-len-y-ty.5501/", Selectors.NONE);

        assertThat(page.summary()).isEqualTo("Sáng nay đường lên Y Tý sạt một đoạn dài, xe máy vẫn đi được.");
        assertThat(page.text()).isEqualTo("Sáng nay đường lên Y Tý sạt một đoạn dài, xe máy vẫn đi được.\n"
                + "Đoạn qua thôn Lao Chải đất đá còn trên mặt đường, ô tô con phải chờ máy xúc dọn.\n"
                + "Ai đi chiều nay nhớ mang áo mưa, trời vẫn mưa nhỏ.");
    }

    @Test
    void newsPagesShowNoEngagement() {
        assertThat(ExtractionQuality.extract("national-epaper").engagement()).isNull();
    }

    @Test
    void sourceSelectorsOverrideTheGenericGuess() {
        String html = """
                <html><body><h1>Tiêu đề chung của chuyên trang</h1>
                <div class="tieu-de-bai">Hội thi tuyên truyền pháp luật cho đồng bào dân tộc thiểu số</div>
                <div class="ngay">Đăng lúc 15:00 - 19/11/2026</div>
                <div class="noi-dung"><p>Hội thi thu hút 16 đội đến từ các xã vùng cao tham dự.</p></div>
                <div class="khac"><p>Một đoạn rất dài không thuộc bài viết nhưng có nhiều chữ hơn cả nội dung chính của bài, nhiều lần nữa, nhiều lần nữa, nhiều lần nữa.</p></div>
                </body></html>""";
        Selectors selectors = new Selectors("div.tieu-de-bai", null, "div.noi-dung", "div.ngay", null, null);

        ExtractedPage page = ArticleExtractor.extract(html, "https://tuyengiao.laocai.gov.vn/bai/1", selectors);

        assertThat(page.title()).isEqualTo("Hội thi tuyên truyền pháp luật cho đồng bào dân tộc thiểu số");
        assertThat(page.text()).isEqualTo("Hội thi thu hút 16 đội đến từ các xã vùng cao tham dự.");
        assertThat(page.published()).hasToString("2026-11-19T15:00+07:00");
        assertThat(page.dateSource()).isEqualTo("selector");
    }

    @Test
    void badSelectorFallsBackToTheGenericExtractor() {
        Selectors broken = new Selectors("h1[[[", null, "div..x", null, null, null);

        ExtractedPage page = ArticleExtractor.extract(
                "<html><body><h1>Lào Cai mở lớp dạy tiếng Mông cho cán bộ</h1><p>Lớp học kéo dài ba tháng với 40 học viên là cán bộ cấp xã.</p></body></html>",
                "https://baolaocai.vn/lop-tieng-mong.html", broken);

        assertThat(page.title()).isEqualTo("Lào Cai mở lớp dạy tiếng Mông cho cán bộ");
        assertThat(page.text()).contains("40 học viên");
    }

    @Test
    void pageWithoutAnyDateSaysSo() {
        ExtractedPage page = ArticleExtractor.extract(
                "<html><body><h1>Thông báo tuyển dụng viên chức năm 2026</h1><p>Sở Nội vụ thông báo tuyển dụng 25 chỉ tiêu.</p></body></html>",
                "https://sonoivu.laocai.gov.vn/thong-bao", Selectors.NONE);

        assertThat(page.published()).isNull();
        assertThat(page.dateSource()).isNull();
    }

    @Test
    void keepsTheBodyOfAnOldPortalWrappedInOneAspNetForm() {
        ExtractedPage page = ExtractionQuality.extract("department-aspnet-table");

        assertThat(page.text()).startsWith("Từ ngày 25/11 đến 25/12/2026").contains("186.000 con")
                .doesNotContain("CÁC TIN KHÁC").doesNotContain("Tổng lượt truy cập");
    }

    @Test
    void takesTheHeadlineFromATitleNamedElementWhenThePageHasNoH1() {
        ExtractedPage page = ExtractionQuality.extract("department-aspnet-table");

        assertThat(page.title()).isEqualTo("Lào Cai triển khai tiêm vắc xin lở mồm long móng đợt 2 cho đàn gia súc");
    }

    @Test
    void dropsACommentFormAtTheFootOfTheArticle() {
        ExtractedPage page = ArticleExtractor.extract("""
                <html><body><article><h1>Sa Pa đón hơn 50.000 lượt khách dịp cuối tuần</h1>
                <p>Lượng khách đến Sa Pa dịp cuối tuần tăng mạnh nhờ thời tiết đẹp và nhiều lễ hội văn hóa.</p>
                <p>Các khách sạn ở trung tâm thị xã đạt công suất phòng trên 90% trong hai ngày cuối tuần qua.</p>
                <form action="/gui-y-kien"><p>Ý kiến của bạn sẽ được biên tập trước khi đăng, xin gõ tiếng Việt có dấu.</p>
                <textarea name="noi-dung"></textarea></form></article>
                </body></html>""", "https://baolaocai.vn/sa-pa-don-khach.html", Selectors.NONE);

        assertThat(page.text()).doesNotContain("Ý kiến của bạn").contains("công suất phòng trên 90%");
    }

    @Test
    void takesTheDateLineNearestTheHeadlineNotTodaysDateInTheHeaderNorARelatedList() {
        String html = "<html><body><div class=\"top-date\">Thứ bảy, 29/11/2026</div>"
                + "<ul class=\"most-read\"><li>Giá lúa tăng <label class=\"time\">07:10 | 29/11/2026</label></li></ul>"
                + "<div class=\"email-print\"><span class=\"spanTime\">Thứ năm, 27/11/2026, 10:18 GMT+7</span></div>"
                + "<h1 class=\"Title\">Nông dân Mường Khương trồng chè theo chuẩn hữu cơ</h1>"
                + "<p>Hơn 30 hộ trồng chè ở xã Mường Khương chuyển sang canh tác hữu cơ từ đầu năm.</p></body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-11-27T10:18+07:00"));
    }

    @Test
    void metadataGivingTheDayOnlyYieldsToTheTimeShownThatDay() {
        String html = "<html><body><div class=\"box26\"><span class=\"fr fon7\"><meta itemprop=\"datePublished\" content=\"2026-11-25\">"
                + "Thứ Ba, 25/11/2026 - 10:03</span></div>"
                + "<h1>Chốt lịch nghỉ Tết Dương lịch 2027 của công chức</h1>"
                + "<p>Công chức, viên chức được nghỉ bốn ngày liên tục dịp Tết Dương lịch.</p></body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-11-25T10:03+07:00"));
    }

    @Test
    void forumDateGivesItsTimeInTheTooltip() {
        String html = "<html><body><h1>[Hỏi đáp] Đường lên Y Tý mùa mưa có đi xe số được không?</h1>"
                + "<p id=\"pageDescription\">Thảo luận trong 'Du lịch' bắt đầu bởi phuot_laocai, "
                + "<span class=\"DateTime\" title=\"29/11/26 at 16:18\">29/11/26</span>.</p>"
                + "<blockquote class=\"messageText\">Mình định đi Y Tý cuối tuần này, đường đèo có trơn lắm không các bác?</blockquote></body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-11-29T16:18+07:00"));
    }

    @Test
    void readsTheUpdateStampWithTwoDigitYearAndAfternoonWord() {
        String html = "<html><body><div class=\"newsdetail\"><h1 class=\"pTitle\">Học sinh Lào Cai thi viết chữ đẹp</h1>"
                + "<div class=\"subheader\"><a>Giáo dục</a> <span class=\"timestamp\"> | Cập nhật thứ bảy, ngày 29/11/26 04:00 chiều</span></div>"
                + "<p class=\"pBody\">Hơn 300 học sinh tiểu học tham gia hội thi viết chữ đẹp cấp tỉnh năm nay.</p></div>"
                + "<div class=\"related\"><span class=\"time\">Ngày 02/10/2026</span></div></body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-11-29T16:00+07:00"));
    }

    @Test
    void bodyOfAForumThreadIsTheOpeningPostNotItsLongestReply() {
        String reply = "Mình đi tháng trước, đoạn từ Bát Xát lên Y Tý đang làm đường nên rất lầy, ".repeat(6);
        String html = "<html><body><h1 class=\"p-title-value\">Đường lên Y Tý mùa mưa có đi xe số được không?</h1>"
                + "<article class=\"message\"><div class=\"message-body\"><div class=\"bbWrapper\">"
                + "Cuối tuần này mình định chạy xe số từ Lào Cai lên Y Tý, các bác cho hỏi đường đèo có trơn lắm không?</div></div></article>"
                + "<article class=\"message\"><div class=\"message-body\"><div class=\"bbWrapper\">" + reply + "</div></div></article>"
                + "</body></html>";

        ExtractedPage page = ArticleExtractor.extract(html, "https://diendan.vn/threads/y-ty.123/", Selectors.NONE);

        assertThat(page.text()).startsWith("Cuối tuần này mình định chạy xe số").doesNotContain("đang làm đường");
    }

    @Test
    void dateShownAsALinkToTheDaysArchiveIsTheArticlesDate() {
        String html = "<html><body><div class=\"news-showtitle\"><h2 class=\"sub_title\"><a href=\"/xa-hoi.chn\">Xã hội</a></h2>"
                + "<h1>Lào Cai mở thêm ba tuyến xe buýt nối Sa Pa với các xã vùng cao</h1>"
                + "<div class=\"note\"><a href=\"/date/d27/m11/y2026.chn\"><span id=\"lblDattime\">27/11/2026 - 08:04</span></a></div></div>"
                + "<p>Từ ngày 1/12, ba tuyến xe buýt mới sẽ nối trung tâm Sa Pa với Tả Van, Bản Hồ và Tả Phìn.</p>"
                + "<ul class=\"related\"><li><a href=\"/a.chn\">Sa Pa đón khách dịp cuối năm <span>26/11/2026 - 09:15</span></a></li></ul>"
                + "</body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-11-27T08:04+07:00"));
    }

    @Test
    void dateLineThatAScriptWritesIntoAnEmptyElementIsRead() {
        String html = "<html><body><div class=\"detailCT\"><div class=\"topDetail\"><span class=\"spanDateTime fl\" id=\"pDateTime\"></span></div>"
                + "<h1 class=\"Title\">Hoa hậu các dân tộc Việt Nam về thăm Bắc Hà</h1>"
                + "<p class=\"Normal\">Đoàn thí sinh tham quan chợ phiên và dinh thự Hoàng A Tưởng trong chuyến đi hai ngày.</p>"
                + "<a class=\"aRelate\" href=\"/b/\">Người đẹp Mông đăng quang<span class=\"time\">(20/11)</span></a></div>"
                + "<script>document.getElementById(\"pDateTime\").innerHTML=\"Th&#7913; n&#259;m, 27/11/2026, 16:10 GMT+7\";</script>"
                + "</body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-11-27T16:10+07:00"));
    }

    @Test
    void forumArticleDateIsReadInTheZoneTheBoardStates() {
        String html = "<html><body><ul class=\"list_no_decoration\"><li><div id=\"article_content\">"
                + "<h1 class=\"article_title\"><span>8/3 boy vào bếp làm bánh tặng bạn gái</span></h1>"
                + "<div class=\"article_username_container\">by teen9x Published on 03-08-2026 01:00 AM Số lần xem: 169</div>"
                + "<div class=\"postcontainer\">Chỉ cần bột mì, trứng gà và một chút socola là các bạn nam đã có món quà ý nghĩa.</div>"
                + "</div></li></ul><div id=\"footer_time\">Múi giờ GMT +8. Hiện tại là <span class=\"time\">02:43 AM</span></div>"
                + "</body></html>";

        assertThat(publishedOn(html)).isEqualTo(OffsetDateTime.parse("2026-03-08T01:00+08:00"));
    }

    private static OffsetDateTime publishedOn(String html) {
        return ArticleExtractor.extract(html, "https://baotinh.vn/bai-viet.html", Selectors.NONE).published();
    }
}
