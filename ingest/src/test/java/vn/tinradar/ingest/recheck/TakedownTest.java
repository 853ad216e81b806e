package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TakedownTest {

    private static final String ARTICLE = "https://baolaocai.vn/xa-hoi/sat-lo-tai-bat-xat-1234567.html";

    @Test
    void goneStatusesAreTakedowns() {
        assertThat(Takedown.byStatus(404)).contains("HTTP 404");
        assertThat(Takedown.byStatus(410)).contains("HTTP 410");
        assertThat(Takedown.byStatus(500)).isEmpty();
    }

    @Test
    void redirectToHomePageIsATakedown() {
        assertThat(Takedown.byRedirect(ARTICLE, "https://baolaocai.vn/"))
                .contains("chuyển hướng về trang chủ baolaocai.vn/");
    }

    @Test
    void redirectToSectionPageIsATakedown() {
        assertThat(Takedown.byRedirect(ARTICLE, "https://baolaocai.vn/xa-hoi"))
                .contains("chuyển hướng về trang chuyên mục baolaocai.vn/xa-hoi");
    }

    @Test
    void redirectToAnotherArticleIsNotATakedown() {
        assertThat(Takedown.byRedirect(ARTICLE, "https://baolaocai.vn/xa-hoi/sat-lo-tai-bat-xat-cap-nhat-1234599.html"))
                .isEmpty();
    }

    @Test
    void redirectFromHttpToHttpsOfTheSamePageIsNotATakedown() {
        assertThat(Takedown.byRedirect(ARTICLE.replace("https:", "http:"), ARTICLE)).isEmpty();
    }

    @Test
    void shortPageWithRemovalNoticeIsATakedown() {
        assertThat(Takedown.byNotice("Thông báo", "Bài viết không tồn tại hoặc đã bị gỡ bỏ. Quay về trang chủ."))
                .contains("nội dung thay bằng thông báo «bài viết không tồn tại»");
    }

    @Test
    void articleThatReportsAnotherRemovalIsNotATakedown() {
        String report = "Sở Thông tin và Truyền thông cho biết bài viết đã bị gỡ bỏ sau khi xác minh. "
                + "Nội dung bài đăng sai sự thật về vỡ đập thủy điện ở huyện Bát Xát cũ. ".repeat(12);
        assertThat(Takedown.byNotice("Xử phạt trang mạng đưa tin sai", report)).isEmpty();
    }
}
