package vn.tinradar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.source.Selectors;

/** The lead (sapo) that Vietnamese CMSs print outside the body container opens the extracted body. */
class LeadTest {

    private static ExtractedPage extract(String head, String article) {
        String html = "<html lang=\"vi\"><head>" + head + "</head><body><nav><a href=\"/\">Trang chủ</a></nav>"
                + article + "</body></html>";
        return ArticleExtractor.extract(html, "https://baotinh.vn/bai-viet-post123.html", Selectors.NONE);
    }

    private static final String BODY = """
            <div class="detail-content afcbc-body" data-role="content">
            <p>Sáng 22/11, lực lượng chức năng xã Bát Xát đã có mặt tại hiện trường để phân luồng giao thông.</p>
            <p>Đến chiều cùng ngày, tuyến đường đã được thông xe tạm thời cho xe máy và ô tô con.</p>
            </div>""";

    @Test
    void detailSapoOutsideTheBodyContainerOpensTheBody() {
        ExtractedPage page = extract("", "<h1 class=\"detail-title\">Sạt lở chia cắt tuyến đường lên Y Tý</h1>"
                + "<h2 class=\"detail-sapo\" data-role=\"sapo\">Mưa lớn kéo dài khiến taluy dương đổ xuống mặt đường, giao thông bị chia cắt nhiều giờ.</h2>"
                + BODY);

        assertThat(page.text()).startsWith("Mưa lớn kéo dài khiến taluy dương đổ xuống mặt đường, giao thông bị chia cắt nhiều giờ.\nSáng 22/11");
    }

    @Test
    void outletCreditInBracketsIsStrippedFromLeadAndSummary() {
        ExtractedPage page = extract("", "<h1 class=\"title-page detail\">Hà Nội thí điểm làn đường riêng cho xe buýt</h1>"
                + "<h2 class=\"singular-sapo\">(Dân trí) - Từ ngày 1/12, xe buýt trên tuyến Kim Mã được đi làn riêng vào giờ cao điểm.</h2>"
                + "<div class=\"singular-content\"><p>Sở Xây dựng cho biết đoạn thí điểm dài 2,5 km, được phân cách bằng vạch sơn liền.</p></div>");

        assertThat(page.summary()).isEqualTo("Từ ngày 1/12, xe buýt trên tuyến Kim Mã được đi làn riêng vào giờ cao điểm.");
        assertThat(page.text()).startsWith("Từ ngày 1/12, xe buýt");
    }

    @Test
    void namedOutletCreditWithoutBracketsIsStripped() {
        assertThat(Lead.withoutCredit("TTO - Chiều 21/11, Quốc hội biểu quyết thông qua luật sửa đổi."))
                .isEqualTo("Chiều 21/11, Quốc hội biểu quyết thông qua luật sửa đổi.");
        assertThat(Lead.withoutCredit("VOV.VN - Mưa lớn gây ngập nhiều tuyến phố ở Lào Cai."))
                .isEqualTo("Mưa lớn gây ngập nhiều tuyến phố ở Lào Cai.");
    }

    @Test
    void placeDatelineStaysInTheLead() {
        assertThat(Lead.withoutCredit("TP.HCM - Giá vàng miếng giảm 500.000 đồng mỗi lượng trong phiên sáng."))
                .startsWith("TP.HCM - ");
        assertThat(Lead.withoutCredit("HÀ NỘI - Nhiều tuyến phố ngập sâu sau trận mưa lớn chiều qua."))
                .startsWith("HÀ NỘI - ");
    }

    @Test
    void leadRepeatedAsFirstBodyParagraphIsNotDoubled() {
        ExtractedPage page = extract("", "<h1>Bắc Hà khai mạc phiên chợ văn hóa vùng cao</h1>"
                + "<div class=\"sapo\">Phiên chợ văn hóa Bắc Hà mở cửa từ sáng sớm, thu hút hàng nghìn du khách.</div>"
                + "<div class=\"article-body\"><p>Phiên chợ văn hóa Bắc Hà mở cửa từ sáng sớm, thu hút hàng nghìn du khách.</p>"
                + "<p>Ban tổ chức bố trí 120 gian hàng nông sản, thổ cẩm và ẩm thực của đồng bào các dân tộc.</p></div>");

        assertThat(page.text()).isEqualTo("Phiên chợ văn hóa Bắc Hà mở cửa từ sáng sớm, thu hút hàng nghìn du khách.\n"
                + "Ban tổ chức bố trí 120 gian hàng nông sản, thổ cẩm và ẩm thực của đồng bào các dân tộc.");
    }

    /** A VnExpress-style page: headline, then the lead as {@code p.description}, then the body as an article. */
    private static ExtractedPage descriptionLayout(String headline, String descriptionHtml) {
        return extract("", "<div class=\"sidebar-1\"><h1 class=\"title-detail\">" + headline + "</h1>"
                + "<p class=\"description\">" + descriptionHtml + "</p><article class=\"fck_detail\">"
                + "<p class=\"Normal\">Theo khảo sát sáng nay, lượng mưa tại trạm Sa Pa lên tới 286 mm trong hai ngày.</p></article></div>");
    }

    @Test
    void descriptionParagraphBetweenHeadlineAndArticleIsTheLead() {
        ExtractedPage page = descriptionLayout("Giá cà phê lập đỉnh mới",
                "Giá cà phê Robusta trong nước vượt 130.000 đồng một kg, cao nhất từ trước đến nay.");

        assertThat(page.text()).startsWith("Giá cà phê Robusta trong nước vượt 130.000 đồng");
    }

    @Test
    void locationStampGluedToTheLeadBecomesADateline() {
        ExtractedPage page = descriptionLayout("Sạt lở cô lập ba xã vùng cao",
                "<span class=\"location-stamp\">Lào Cai</span>Mưa lớn kéo dài hai ngày gây sạt lở nhiều đoạn quốc lộ 4D.");

        assertThat(page.text()).startsWith("Lào Cai - Mưa lớn kéo dài hai ngày");
    }

    @Test
    void teaserDescriptionInANewsListIsNotTheLead() {
        ExtractedPage page = extract("", "<h1>Giá cà phê lập đỉnh mới trong tháng 11</h1>" + BODY
                + "<div class=\"box-news\"><div class=\"item-news\"><h3>Giá tiêu tăng mạnh</h3>"
                + "<p class=\"description\">Giá hồ tiêu tại các tỉnh Tây Nguyên tăng thêm 2.000 đồng mỗi kg trong tuần qua.</p></div></div>");

        assertThat(page.text()).startsWith("Sáng 22/11, lực lượng chức năng");
    }

    @Test
    void blockRightAfterTheHeadlineIsTheLeadWhenItHasNoKnownClass() {
        ExtractedPage page = extract("", "<div class=\"baiviet-TopContent\"><h1 class=\"baiviet-title\">Bát Xát mở lớp dạy nghề cho thanh niên vùng cao</h1>"
                + "<div class=\"publication_date\">Thứ Hai, 24/11/2026, 08:30 AM (GMT+7)</div>"
                + "<div class=\"baiviet-head-noidung\">(Lào Cai) - Hơn 60 thanh niên xã Y Tý được học nghề sửa xe máy miễn phí trong ba tháng.</div></div>"
                + "<div class=\"text-conent\"><p>Lớp học do Trung tâm Giáo dục nghề nghiệp tổ chức tại nhà văn hóa thôn.</p>"
                + "<p>Học viên được hỗ trợ tiền ăn và nhận chứng chỉ khi hoàn thành khóa học.</p>"
                + "<p>Năm tới, huyện dự kiến mở thêm hai lớp may công nghiệp và chế biến nông sản.</p></div>");

        assertThat(page.text()).startsWith("Hơn 60 thanh niên xã Y Tý được học nghề sửa xe máy miễn phí trong ba tháng.\nLớp học do");
    }

    @Test
    void bodyContainerAfterTheHeadlineIsNotTakenForTheLead() {
        ExtractedPage page = extract("", "<h1>Bắc Hà khai mạc phiên chợ văn hóa vùng cao</h1>"
                + "<div class=\"noi-dung\"><p>Sáng 22/11, huyện Bắc Hà khai mạc phiên chợ văn hóa với hơn 200 gian hàng.</p>"
                + "<p>Phiên chợ kéo dài đến hết ngày chủ nhật và mở cửa miễn phí cho du khách.</p></div>");

        assertThat(page.summary()).isNotEqualTo(page.text());
        assertThat(page.text()).startsWith("Sáng 22/11, huyện Bắc Hà khai mạc").contains("\nPhiên chợ kéo dài");
    }

    @Test
    void bracketedAbbreviationWithoutADashIsAnOutletCredit() {
        assertThat(Lead.withoutCredit("(TNO) TAND tỉnh Lào Cai ngày 21.11 xét xử sơ thẩm vụ buôn bán ma túy."))
                .isEqualTo("TAND tỉnh Lào Cai ngày 21.11 xét xử sơ thẩm vụ buôn bán ma túy.");
        assertThat(Lead.withoutCredit("(Ảnh minh họa) Người dân xếp hàng chờ làm thủ tục.")).startsWith("(Ảnh minh họa)");
    }

    @Test
    void eMagazineSapoOpensTheBody() {
        ExtractedPage page = extract("", "<article class=\"e-magazine\"><div class=\"e-magazine__cover\"><h1 class=\"e-magazine__title\">Đêm hội Sa Pa rực rỡ sắc màu</h1></div>"
                + "<div class=\"e-magazine__meta\"><span>Hà Linh</span><span>Thứ bảy, 29/11/2026 - 21:40</span></div>"
                + "<div class=\"e-magazine__sapo\">(Dân trí) - Hàng nghìn du khách đổ về quảng trường Sa Pa xem lễ hội đường phố dịp cuối tuần.</div>"
                + "<div class=\"e-magazine__body\"><p>Các đoàn nghệ nhân người Mông, người Dao diễu hành qua trung tâm thị xã.</p>"
                + "<p>Ban tổ chức bố trí thêm bãi đỗ xe và lực lượng hướng dẫn giao thông.</p>"
                + "<p>Lễ hội kéo dài đến hết ngày chủ nhật với nhiều hoạt động văn hóa dân gian.</p></div></article>");

        assertThat(page.text()).startsWith("Hàng nghìn du khách đổ về quảng trường Sa Pa xem lễ hội đường phố dịp cuối tuần.\nCác đoàn nghệ nhân");
    }
    @Test
    void keyPointsBoxBelowTheHeadlinesOwnBoxIsTheLead() {
        ExtractedPage page = extract("", "<div class=\"news-showtitle\"><h2 class=\"sub_title\"><a href=\"/kinh-te.chn\">Kinh tế</a></h2>"
                + "<h1>Cửa khẩu Kim Thành thông quan kỷ lục dịp cuối năm</h1><div class=\"note\">27/11/2026 - 08:04</div></div>"
                + "<div class=\"assessment\"><div class=\"assessment-main\">"
                + "<div class=\"init_content\">- Hơn 1.200 xe hàng qua cửa khẩu mỗi ngày.<br>- Nông sản chiếm gần một nửa giá trị xuất khẩu.</div>"
                + "<div align=\"center\"><p>Theo Ban Quản lý Khu kinh tế tỉnh, lượng xe hàng qua cửa khẩu Kim Thành tăng mạnh từ giữa tháng 11.</p>"
                + "<p>Các lực lượng chức năng bố trí làm việc cả ngày nghỉ để thông quan nhanh cho hàng nông sản.</p>"
                + "<p>Doanh nghiệp được hướng dẫn khai báo điện tử trước khi xe đến bãi kiểm hóa.</p></div>"
                + "</div></div>");

        assertThat(page.text()).startsWith("- Hơn 1.200 xe hàng qua cửa khẩu mỗi ngày. - Nông sản chiếm gần một nửa giá trị xuất khẩu.\nTheo Ban Quản lý");
    }

    @Test
    void pageWhoseStoryOpensWithAPlainParagraphHasNoLeadFromTheBody() {
        ExtractedPage page = extract("<meta name=\"description\" content=\"Chợ phiên Bắc Hà đông khách dịp cuối tuần.\">",
                "<div class=\"title-box\"><h1>Chợ phiên Bắc Hà đông khách</h1><span>27/11/2026</span></div>"
                + "<div class=\"content\"><p>Sáng chủ nhật, hàng nghìn người dân và du khách đổ về chợ phiên Bắc Hà mua bán, giao lưu.</p>"
                + "<p>Ngoài nông sản, nhiều gian hàng thổ cẩm của đồng bào Mông, Phù Lá được khách nước ngoài ưa chuộng.</p></div>");

        assertThat(page.summary()).isEqualTo("Chợ phiên Bắc Hà đông khách dịp cuối tuần.");
        assertThat(page.text()).startsWith("Sáng chủ nhật, hàng nghìn người dân");
    }
}
