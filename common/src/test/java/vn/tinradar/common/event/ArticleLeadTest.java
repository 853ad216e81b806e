package vn.tinradar.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLeadTest {

    private static final String LEAD = "Mưa lớn kéo dài khiến đất đá đổ xuống khu dân cư thôn Sin Chải, xã Mường Hum.";

    @Test
    void aPageWhoseBodyOpensWithItsLeadGivesTheLeadOnce() {
        Article page = article(LEAD, LEAD + "\nLực lượng cứu hộ đang tìm kiếm 2 người mất tích.");

        assertThat(page.leadAndBody()).isEqualTo(page.text());
        assertThat(page.fullText().split("Sin Chải", -1)).hasSize(2);
    }

    @Test
    void aFeedItemWhoseBodyLacksTheLeadGetsItInFront() {
        Article item = article(LEAD, "Lực lượng cứu hộ đang tìm kiếm 2 người mất tích.");

        assertThat(item.leadAndBody()).isEqualTo(LEAD + "\nLực lượng cứu hộ đang tìm kiếm 2 người mất tích.");
    }

    @Test
    void aLeadReWrappedInTheBodyStillCountsAsItsOpening() {
        Article page = article(LEAD, "Mưa lớn kéo dài khiến đất đá\n  đổ xuống khu dân cư thôn Sin Chải, xã Mường Hum. Sau đó…");

        assertThat(page.leadAndBody()).startsWith("Mưa lớn kéo dài khiến đất đá\n");
        assertThat(page.leadAndBody()).doesNotContain(LEAD);
    }

    @Test
    void aMissingLeadOrBodyLeavesTheOther() {
        assertThat(article(null, "Chỉ có thân bài.").leadAndBody()).isEqualTo("Chỉ có thân bài.");
        assertThat(article("Chỉ có sapo.", " ").leadAndBody()).isEqualTo("Chỉ có sapo.");
    }

    private static Article article(String summary, String text) {
        return new Article(Article.VERSION, "a1", "https://baolaocai.vn/a1.html", "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, "Sạt lở đất ở xã Mường Hum", summary, text, null, null, null, "vi",
                null, null, "fetched", null, null, null, true);
    }
}
