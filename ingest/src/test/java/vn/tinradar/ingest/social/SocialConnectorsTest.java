package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.ingest.Await;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.MemorySink;
import vn.tinradar.ingest.MemoryStateStore;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.TestConfigs;

/**
 * The YouTube and Telegram connectors polled through the crawler's own path against a local server.
 *
 * <p>The fixtures are written for the project in the exact formats of public captures: the YouTube channel feed
 * follows jocmp/capyreader {@code rssparser/src/test/resources/atom-feed-youtube.xml} (commit
 * 9f2a27905831ffa27c786d8b1ee03d6baef09274), a real {@code /feeds/videos.xml} capture; the Telegram page follows
 * the markup of {@code t.me/s/<channel>} that DIYgod/RSSHub {@code lib/v2/telegram/channel.js} reads
 * ({@code tgme_widget_message[data-post]}, {@code tgme_widget_message_text}, {@code time[datetime]}).
 */
class SocialConnectorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    private final LocalSite site = new LocalSite();
    private final MemorySink sink = new MemorySink();

    @AfterEach
    void stop() {
        site.close();
    }

    private IngestService service(String feedPath, String kind) {
        return service(feedPath, kind, CLOCK);
    }

    private IngestService service(String feedPath, String kind, Clock clock) {
        SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: kenh-laocai
                    name: Kênh của tỉnh Lào Cai
                    tier: forum-social
                    province-only: true
                    allow-private-network: true
                    poll: {min-interval-seconds: 1, max-interval-seconds: 1}
                    feeds:
                      - {url: "%s", kind: %s}
                """.formatted(site.url(feedPath), kind));
        return new IngestService(TestConfigs.fast(), registry, sink, new MemoryStateStore(), new SimpleMeterRegistry(),
                clock);
    }

    @Test
    void youTubeChannelFeedGivesOnePostPerVideoWithoutFetchingWatchPages() throws Exception {
        site.serveResource("/feeds/videos.xml", "application/atom+xml; charset=UTF-8",
                "social/youtube-laocaitv-channel.xml");

        try (IngestService service = service("/feeds/videos.xml", "youtube")) {
            service.start();
            Await.until(() -> sink.articles().size() == 2);
        }

        Article landslide = sink.articles().get(0);
        assertThat(landslide.url()).isEqualTo("https://www.youtube.com/watch?v=Lc7sLoXaBH1");
        assertThat(landslide.title()).isEqualTo("Sạt lở đất tại xã Bản Xèo, giao thông bị chia cắt");
        assertThat(landslide.text()).startsWith("Mưa lớn kéo dài").contains("\nLực lượng chức năng");
        assertThat(landslide.published()).hasToString("2026-11-21T11:30:05Z");
        assertThat(landslide.sourceId()).isEqualTo("social:youtube:ucq3nlaocaitvdemo0000xyz");
        assertThat(landslide.post()).isEqualTo(new SocialPost("youtube", "UCq3nLaoCaiTVdemo0000xyz",
                "Truyền hình Lào Cai", "Lc7sLoXaBH1", SocialPost.POST, null));
        // 214 ratings averaging 5.00 are 214 likes; the 18,342 views are views, not likes
        assertThat(landslide.engagement()).isEqualTo(new Engagement(214L, null, null, 18_342L));
        assertThat(sink.articles().get(1).engagement()).isEqualTo(new Engagement(35L, null, null, 2_210L));
        assertThat(site.requests()).containsOnly("GET /robots.txt", "GET /feeds/videos.xml");
    }

    @Test
    void youTubeEntryWithoutVideoIdIsADeadLetterAndTheOthersAreKept() throws Exception {
        site.serveResource("/feeds/videos.xml", "application/atom+xml", "social/youtube-laocaitv-channel.xml");

        try (IngestService service = service("/feeds/videos.xml", "youtube")) {
            service.start();
            Await.until(() -> sink.articles().size() == 2 && !sink.rejected().isEmpty());
        }

        Rejected rejected = sink.rejected().get(0);
        assertThat(rejected.reason()).isEqualTo("unusable-post");
        assertThat(rejected.detail()).contains("no video id").contains("Bản tin thời sự tối 20/11/2026");
        assertThat(sink.articles()).extracting(a -> a.post().postId()).containsExactly("Lc7sLoXaBH1", "Hd9KyHop12a");
    }

    @Test
    void telegramPreviewGivesOnePostPerMessageWithLineBreaksKept() throws Exception {
        site.serveResource("/s/tinlaocai", "text/html; charset=utf-8", "social/telegram-tinlaocai-page1.html");

        try (IngestService service = service("/s/tinlaocai", "telegram")) {
            service.start();
            Await.until(() -> sink.articles().size() == 2);
        }

        Article warning = sink.articles().get(0);
        assertThat(warning.url()).isEqualTo("https://t.me/tinlaocai/1201");
        assertThat(warning.title()).isEqualTo("Cảnh báo lũ quét tại huyện Bát Xát");
        assertThat(warning.text()).isEqualTo("Trung tâm Khí tượng Thủy văn tỉnh cảnh báo nguy cơ lũ quét, sạt lở "
                + "đất tại các xã Y Tý, A Mú Sung trong 6 giờ tới.\nNgười dân không qua suối khi nước dâng.");
        assertThat(warning.published()).hasToString("2026-11-21T08:15Z");
        assertThat(warning.post()).isEqualTo(new SocialPost("telegram", "tinlaocai", "Tin Lào Cai", "1201",
                SocialPost.POST, null));
        assertThat(warning.engagement()).as("views are not likes").isEqualTo(new Engagement(null, null, null, 1_200L));
        assertThat(sink.articles().get(1).post()).isEqualTo(new SocialPost("telegram", "tinlaocai", "Tin Lào Cai", "1203",
                SocialPost.SHARE, "https://t.me/congtinlaocai/88"));
    }

    @Test
    void telegramMessageWithoutATimeIsADeadLetterAndTheOthersAreKept() throws Exception {
        site.serveResource("/s/tinlaocai", "text/html; charset=utf-8", "social/telegram-tinlaocai-page1.html");

        try (IngestService service = service("/s/tinlaocai", "telegram")) {
            service.start();
            Await.until(() -> sink.articles().size() == 2 && !sink.rejected().isEmpty());
        }

        Rejected rejected = sink.rejected().get(0);
        assertThat(rejected.reason()).isEqualTo("unusable-post");
        assertThat(rejected.detail()).startsWith("no date").contains("https://t.me/tinlaocai/1202");
        assertThat(sink.articles()).extracting(Article::url)
                .containsExactly("https://t.me/tinlaocai/1201", "https://t.me/tinlaocai/1203");
    }

    @Test
    void pollingTheTelegramPageAgainSendsOnlyTheNewMessage() throws Exception {
        site.serveResource("/s/tinlaocai", "text/html; charset=utf-8", "social/telegram-tinlaocai-page1.html");

        try (IngestService service = service("/s/tinlaocai", "telegram")) {
            service.start();
            Await.until(() -> sink.articles().size() == 2);
            site.serveResource("/s/tinlaocai", "text/html; charset=utf-8", "social/telegram-tinlaocai-page2.html");
            Await.until(() -> site.count("/s/tinlaocai") >= 3);
        }

        assertThat(sink.articles()).extracting(a -> a.post().postId()).containsExactly("1201", "1203", "1204");
    }

    /**
     * Polls the channel page, then serves it with message 1201 seen 9,800 times instead of 1,200 and moves the clock
     * on by {@code later}; stops once a third post is sent or three more polls went by.
     */
    private void viewsOfOnePostGrowAfter(Duration later) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"));
        String page = LocalSite.text("social/telegram-tinlaocai-page1.html");
        site.serve("/s/tinlaocai", "text/html; charset=utf-8", page);

        try (IngestService service = service("/s/tinlaocai", "telegram", clock)) {
            service.start();
            Await.until(() -> sink.articles().size() == 2);
            site.serve("/s/tinlaocai", "text/html; charset=utf-8", page.replace(">1.2K<", ">9.8K<"));
            clock.advance(later);
            long polls = site.count("/s/tinlaocai");
            Await.until(() -> sink.articles().size() == 3 || site.count("/s/tinlaocai") >= polls + 3);
        }
    }

    @Test
    void postWhoseViewsGrewIsSentAgainHalfAnHourAfterItWasSent() throws Exception {
        viewsOfOnePostGrowAfter(Duration.ofMinutes(31));

        assertThat(sink.articles()).extracting(a -> a.post().postId()).containsExactly("1201", "1203", "1201");
        assertThat(sink.articles().get(2).engagement().view()).isEqualTo(9_800L);
    }

    @Test
    void postWhoseViewsGrewIsNotSentAgainWithinHalfAnHour() throws Exception {
        viewsOfOnePostGrowAfter(Duration.ofMinutes(20));

        assertThat(sink.articles()).extracting(a -> a.post().postId()).containsExactly("1201", "1203");
    }
}
