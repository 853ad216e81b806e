package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.extract.ExtractedPage;

/** A Telegram message read again from its embed page, as a re-check does. */
class TelegramPostTest {

    private static final String URL = "https://t.me/tinnongtaybac/2417?embed=1";

    @Test
    void readsTheMessageWithItsFirstLineAsTitle() {
        ExtractedPage page = TelegramPost.read("""
                <html><body class="widget_frame_base tgme_widget body_widget_post emoji_image nodark">
                <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="tinnongtaybac/2417">
                <div class="tgme_widget_message_bubble">
                <div class="tgme_widget_message_text js-message_text" dir="auto">⚠️ KHẨN: Đập thủy điện ở Bát Xát nứt toác<br/>
                Bà con vùng hạ du sơ tán ngay, chia sẻ cho người thân!</div>
                <div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">12.4K</span>
                <a class="tgme_widget_message_date" href="https://t.me/tinnongtaybac/2417"><time datetime="2026-12-06T02:10:00+00:00">09:10</time></a></div>
                </div></div></body></html>
                """, URL);

        assertThat(page.title()).isEqualTo("⚠️ KHẨN: Đập thủy điện ở Bát Xát nứt toác");
        assertThat(page.text()).isEqualTo("Bà con vùng hạ du sơ tán ngay, chia sẻ cho người thân!");
    }

    @Test
    void aDeletedMessageReadsAsTelegramsNotice() {
        ExtractedPage page = TelegramPost.read("""
                <html><body class="widget_frame_base tgme_widget body_widget_post nodark">
                <div class="tgme_widget_message_error">Post not found</div></body></html>
                """, URL);

        assertThat(page.title()).isNull();
        assertThat(page.text()).isEqualTo("post not found");
    }

    @Test
    void aPageWithNeitherMessageNorNoticeIsUnreadable() {
        assertThat(TelegramPost.read("<html><body><h1>Telegram</h1></body></html>", URL)).isNull();
    }

    @Test
    void onlyAChannelAndNumberIsAMessagesAddress() {
        assertThat(TelegramPost.isPermalink("https://t.me/tinnongtaybac/2417")).isTrue();
        assertThat(TelegramPost.isPermalink("https://t.me/s/tinnongtaybac")).isFalse();
        assertThat(TelegramPost.isPermalink("https://t.me/tinnongtaybac")).isFalse();
    }
}
