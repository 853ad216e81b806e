package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.ingest.feeds.FeedParseException;

/** The YouTube and Telegram parsers alone, on the cases the service tests do not reach. */
class SocialParsersTest {

    private static String playlistEntry(String channelId, String author, String rating) {
        return """
                 <entry>
                  <id>yt:video:Tt8DienBien1</id>
                  <yt:videoId>Tt8DienBien1</yt:videoId>
                  <yt:channelId>%s</yt:channelId>
                  <title>Phóng sự: Mùa lúa chín trên ruộng bậc thang Y Tý</title>
                  <link rel="alternate" href="https://www.youtube.com/watch?v=Tt8DienBien1"/>
                  <author><name>%s</name><uri>https://www.youtube.com/channel/%s</uri></author>
                  <published>2026-11-18T03:00:00+00:00</published>
                  <media:group>
                   <media:description>Ruộng bậc thang Y Tý vào mùa lúa chín.</media:description>
                   <media:community>%s<media:statistics views="901"/></media:community>
                  </media:group>
                 </entry>""".formatted(channelId, author, channelId, rating);
    }

    private static String playlist(String entry) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
                 <id>yt:playlist:PLdulichLaoCai2026</id>
                 <yt:playlistId>PLdulichLaoCai2026</yt:playlistId>
                 <yt:channelId>UCq3nLaoCaiTVdemo0000xyz</yt:channelId>
                 <title>Du lịch Lào Cai</title>
                 <author><name>Truyền hình Lào Cai</name></author>
                %s
                </feed>""".formatted(entry);
    }

    @Test
    void playlistVideoBelongsToItsOwnChannelNotThePlaylistOwner() throws Exception {
        SocialListing listing = YouTubeFeed.parse(playlist(playlistEntry("UCdulichTayBacdemo00000a", "Du lịch Tây Bắc",
                "<media:starRating count=\"12\" average=\"5.00\" min=\"1\" max=\"5\"/>")));

        assertThat(listing.posts()).singleElement().satisfies(post -> {
            assertThat(post.post().account()).isEqualTo("UCdulichTayBacdemo00000a");
            assertThat(post.post().accountName()).isEqualTo("Du lịch Tây Bắc");
        });
    }

    @Test
    void starRatingWithUnreadableNumbersGivesNoLikesRatherThanAGuess() throws Exception {
        SocialListing listing = YouTubeFeed.parse(playlist(playlistEntry("UCdulichTayBacdemo00000a", "Du lịch Tây Bắc",
                "<media:starRating count=\"nhiều\" average=\"5.00\" min=\"1\" max=\"5\"/>")));

        assertThat(listing.posts().get(0).engagement().like()).isNull();
    }

    @Test
    void videoKeepsItsViewCountFromMediaStatistics() throws Exception {
        SocialListing listing = YouTubeFeed.parse(playlist(playlistEntry("UCdulichTayBacdemo00000a", "Du lịch Tây Bắc",
                "<media:starRating count=\"12\" average=\"5.00\" min=\"1\" max=\"5\"/>")));

        assertThat(listing.posts().get(0).engagement()).isEqualTo(new Engagement(12L, null, null, 901L));
    }

    @Test
    void channelPreviewReadsViewCountersWrittenWithThousands() throws Exception {
        String page;
        try (InputStream in = SocialParsersTest.class.getResourceAsStream("/social/telegram-tinlaocai-page1.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        SocialListing listing = TelegramPreview.parse(page, "https://t.me/s/tinlaocai");

        // 1202 has no readable date and is skipped; 1201 shows "1.2K", 1203 "3.4K"
        assertThat(listing.posts()).extracting(p -> p.engagement().view()).containsExactly(1_200L, 3_400L);
    }

    @Test
    void aMessageKeepsTheAddressItsPreviewLinksToAndFallsBackToTMe() throws Exception {
        SocialListing listing = TelegramPreview.parse("""
                <html><body><div class="tgme_channel_info"><div class="tgme_channel_info_header_title">Tin nóng Tây Bắc</div></div>
                <div class="tgme_widget_message" data-post="tinnongtaybac/2417">
                 <div class="tgme_widget_message_text">Sạt lở đất ở xã Mường Hum</div>
                 <a class="tgme_widget_message_date" href="http://127.0.0.1:18812/tinnongtaybac/2417"><time datetime="2026-12-06T02:10:00+00:00">09:10</time></a>
                </div>
                <div class="tgme_widget_message" data-post="tinnongtaybac/2418">
                 <div class="tgme_widget_message_text">Đường lên Y Tý thông xe</div>
                 <a class="tgme_widget_message_date" href="http://127.0.0.1:18812/tinnongtaybac/9999"><time datetime="2026-12-06T03:10:00+00:00">10:10</time></a>
                </div></body></html>
                """, "http://127.0.0.1:18812/s/tinnongtaybac");

        assertThat(listing.posts()).extracting(SocialItem::url)
                .as("a date link naming another message is not taken for this one's address")
                .containsExactly("http://127.0.0.1:18812/tinnongtaybac/2417", "https://t.me/tinnongtaybac/2418");
    }

    @Test
    void aPageThatIsNoChannelPreviewIsRefusedWhole() {
        assertThatThrownBy(() -> TelegramPreview.parse("<html><body><h1>Trang không tồn tại</h1></body></html>",
                "https://t.me/s/khongtontai"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("not a Telegram channel preview").hasMessageContaining("https://t.me/s/khongtontai");
    }

    @Test
    void aDocumentThatIsNoFeedIsRefusedWhole() {
        assertThatThrownBy(() -> YouTubeFeed.parse("<html><body>Xin lỗi, đã xảy ra lỗi.</body></html>"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("no <feed> element");
    }
}
